"""docs/calibration.md: each trained claim's bounds and stated rate beside the calibration.

Built from the calibration sets (``calibration.load_sets``: one per setup, oneDNN modes apart)
and the rule (``thresholds``; the template states it in prose). Nothing here imports TensorFlow.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from pathlib import Path

from ..spec.articles import calibrated_article
from ..spec.claims import ARTICLE_CLAIMS, CLAIMS
from ..stats import thresholds
from ..stats.binomial import CONFIDENCE, lower_confidence_bound
from ..stats.thresholds import _critical_line, counts, measured, rate_sets
from . import templating
from .claims_md import article_number

__all__ = ["calibration_markdown", "decision_section"]


def _trained() -> list:
    """The trained claims of the article data/calibration/ measures: the family this document is of."""
    return list(ARTICLE_CLAIMS[calibrated_article().key])


def _alpha() -> float:
    """The false-alarm rate of each claim of the family a run."""
    return _trained()[0].alpha


def _setup(cal) -> dict:
    """A calibrated setup's row: its label, where it ran, its seeds and its files."""
    v = cal.versions
    return {
        "label": cal.label,
        "sets_rates": cal.sets_rates,
        "python": v.get("python", "?"),
        "platform": v.get("platform", "?"),
        "cpu_features": ", ".join(v.get("cpu_features") or []) or "?",
        "seeds": cal.seeds,
        "files": [f"data/calibration/{Path(s).name}" for s in cal.sources],
    }


def _share(k: int, n: int) -> str:
    return f"{k}/{n} ({k / n:.0%})" if n else "–"


def _held_out(held_out) -> dict:
    """Each held-out run (``held_out``: (file name, claims report)) and its verdict per trained claim."""
    from ..spec.setups import column_label
    from ..stats.seeds import auto_start
    from .results_md import cell

    runs = []
    for name, report in held_out:
        missing = [c.id for c in _trained() if c.id not in report["claims"]]
        if missing:
            raise ValueError(
                f"data/held-out/{name}: a held-out run decides the claims this document is of; it lacks {missing[0]} "
                f"(a report of {', '.join(report['environment'].get('articles', ['?']))})"
            )
        seeds = report["environment"]["seeds"]
        start = auto_start(seeds) if isinstance(seeds, str) else None
        label = column_label(report["environment"])
        runs.append({"label": label, "start": start, "seeds": seeds, "file": f"data/held-out/{name}"})
    rows = [(c, [cell(report["claims"][c.id]) for _, report in held_out]) for c in _trained()]
    return {"runs": runs, "rows": rows}


def _bounds(rated) -> list[dict]:
    """Each trained claim's bounds with the quantity measured on the rate-setting sets."""
    out = []
    for c in _trained():
        for b in c.bounds:
            values = measured(b, rated)
            if values:
                out.append(
                    {
                        "claim": c.id,
                        "describe": b.describe(),
                        "article": article_number(b),
                        "min": min(values),
                        "median": statistics.median(values),
                        "max": max(values),
                        "holds": sum(b.holds(per) for cal in rated for per in _covering(cal, b)),
                        "seeds": len(values),
                    }
                )
    return out


def calibration_markdown(sets, sources: str, held_out: Sequence[tuple[str, dict]] = ()) -> str:
    """The document: setups, the rule, each claim's counts per setup and stated rate, each bound;
    with ``held_out`` ((file name, claims report) of runs on seeds outside the calibration), how
    the claims fared there."""
    rated = rate_sets(sets)
    shares = [
        (
            c,
            [_share(k, n) for k, n in counts(c, sets)],
            min((lower_confidence_bound(k, n) for k, n in counts(c, rated) if n), default=0.0),
        )
        for c in _trained()
    ]
    return templating.render(
        "calibration.md.j2",
        sources=sources,
        setups=[_setup(cal) for cal in sets],
        rule={
            "tail": thresholds.TAIL,
            "learn_floor": thresholds.LEARN_FLOOR,
            "fail_cap": thresholds.FAIL_CAP,
            "same_cap": thresholds.SAME_CAP,
            "drop_floor": thresholds.DROP_FLOOR,
            "confidence": CONFIDENCE,
        },
        decision=decision_section(),
        shares=shares,
        held_out=_held_out(held_out) if held_out else None,
        bounds=_bounds(rated),
        by_construction=[c for c in CLAIMS.values() if c.by_construction],
        trained=_trained(),
    )


def _pct(x: float) -> str:
    """A probability as the tables write it: 0.0476%, 4.9%, 100%."""
    if x == 0:
        return "0"
    return f"{x:.3%}" if x < 0.01 else f"{x:.1%}"


def decision_section() -> dict:
    """The numbers of how a run decides a trained claim: the family-wise level, the sequential
    designs with their exact error rates for every stated rate and known failure, and fixed
    seeds' power."""
    from ..stats.binomial import BETA, FAMILY_ALPHA
    from ..stats.sequential import BREAK, claim_design

    trained = _trained()
    rates = sorted({c.rate for c in trained}, reverse=True)
    designs = []
    for r in rates:
        d = claim_design(r, _alpha())
        alarm, miss = d.errors
        cells = [
            _rate(r, by_construction=True),
            f"{d.p_lo:.0%}",
            d.cap,
            _pct(alarm),
            _pct(miss),
            d.run([True] * d.cap).seeds,
        ]
        cells += [f"{d.expected_seeds(r):.1f}", f"{d.expected_seeds(d.p_lo):.1f}"]
        designs.append((cells, [c.id for c in trained if c.rate == r]))
    return {
        "break_rate": BREAK,
        "family_size": len(trained),
        "family_alpha": FAMILY_ALPHA,
        "trained": len(trained),
        "alpha": _pct(_alpha()),
        "beta": BETA,
        "spent": _pct(math.fsum(claim_design(c.rate, c.alpha).errors[0] for c in trained)),
        "designs": designs,
        "operating": [_operating(r) for r in rates],
        "failures": _failure_designs(),
        "fixed": [_fixed(r) for r in rates],
    }


def _fixed(r: float) -> list[str]:
    """Critical counts at the stated rate ``r`` for 3, 20 and 100 fixed seeds; the power of 3 and of 20."""
    from ..stats.sequential import fixed_power

    return [
        _rate(r),
        *(_critical_line(n, r, _alpha()) for n in (3, 20, 100)),
        f"{fixed_power(3, r, _alpha()):.0%}",
        f"{fixed_power(20, r, _alpha()):.0%}",
    ]


def _operating(r: float) -> list[str]:
    """The chance of a red cell at the stated rate ``r``, at 90%, 80% and 70% of it, and at the break rate."""
    from ..stats.sequential import claim_design

    d = claim_design(r, _alpha())
    cells = [_pct(1.0 - d.operating(min(1.0, f * r))[0]) for f in (1.0, 0.9, 0.8, 0.7)]
    return [_rate(r), *cells, _pct(1.0 - d.operating(d.p_lo)[0])]


def _failure_designs() -> list[tuple[list, list]]:
    """Per (stated rate, failure's rate) of the trained known failures: the design's cells and the failures."""
    from ..spec.known_failures import all_known_failures
    from ..stats.sequential import failure_design

    designs: dict = {}
    for f in all_known_failures():
        c = CLAIMS[f.claim]
        if c in _trained():
            designs.setdefault((c.rate, f.rate), []).append(f)
    out = []
    for (r, q), failures in sorted(designs.items(), key=lambda item: (-item[0][0], item[0][1])):
        d = failure_design(r, q, _alpha())
        missed, false_fixed = d.errors
        failing = f"{q:.1%}" if q > 0 else "0 (it raises)"
        out.append(
            ([_rate(r), failing, d.cap, _pct(false_fixed), _pct(missed), f"{d.expected_seeds(q):.1f}"], failures)
        )
    return out


def _rate(r: float, by_construction: bool = False) -> str:
    if r >= 1.0:
        return "every seed (exact)" if by_construction else "every seed"
    return f"≥ {r:.0%}"


def _covering(cal, bound):
    per = cal.per_seed()
    return [acc for acc in per.values() if all(r in acc for r in bound.rows)]
