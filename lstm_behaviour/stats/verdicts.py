"""A run's verdict on a trained claim, over fixed seeds or seeds added until a test decides.

A trained claim holds or not on each seed (its bounds, ``Claim.check``), and states the share
of seeds it holds on (``Claim.rate``: 1 for "every seed", else "at least p"). Seeds are
independent draws of the initial weights and the shuffle, so on a setup that behaves as
calibrated the number of seeds a claim holds on, k of n, is at least Binomial(n, p).

- Fixed seeds (``--seeds 0-2``): a run fails the claim when k is at or below
  ``critical_count(n, p, alpha)``, the largest k that such a setup reaches with probability at
  most the claim's ``alpha``; the run's power against a halved rate is stated beside it
  (``sequential.fixed_power``).
- ``--seeds auto``: seeds 0, 1, 2, ... until the sequential design of ``sequential`` decides,
  with a false alarm of at most ``alpha`` and a missed halving of at most ``BETA``.

A claim's ``alpha`` is ``FAMILY_ALPHA`` (1%) split over the trained claims of its article
(Bonferroni, ``binomial.claim_alpha``; ``spec.claims`` counts them in the registry), so a setup
that behaves as calibrated shows any red trained cell of one article in one report with
probability at most 1%. docs/calibration.md shows the arithmetic.

A known failure (``known_failures``) states the share it holds on where it fails as an upper
confidence bound q from its evidence; a run there counts as "fixed" only when a setup holding
on a share q would show that much with probability at most ``alpha``.

Nothing here imports TensorFlow.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .binomial import critical_count, fixed_count
from .sequential import claim_design, failure_design, fixed_power

__all__ = ["RunVerdict", "decide"]


@dataclass(frozen=True)
class RunVerdict:
    """A claim over one run's seeds: the seeds it held on, its stated rate and the decision.

    ``expected_rate``: for a known failure, the share it is expected to hold on at most (the
    run confirms the failure unless it shows the claim fixed); otherwise None.
    ``sequential``: the seeds were added in order until ``sequential.Design`` decided
    (``--seeds auto``); otherwise the run's seeds were fixed and the binomial test decides.
    ``alpha``: the claim's false-alarm rate (``binomial.claim_alpha`` of its article's family).
    """

    claim: str
    seeds: tuple[int, ...]
    held: tuple[int, ...]
    rate: float
    failures: Mapping[int, str]
    alpha: float
    expected_rate: float | None = None
    sequential: bool = False

    @property
    def n(self) -> int:
        return len(self.seeds)

    @property
    def k(self) -> int:
        return len(self.held)

    @property
    def design(self):
        """The sequential design this verdict is decided by (None for a fixed-seed run)."""
        if not self.sequential:
            return None
        if self.expected_rate is not None:
            return failure_design(self.rate, self.expected_rate, self.alpha)
        return claim_design(self.rate, self.alpha)

    def stop(self):
        """``sequential.Stop`` of the seeds' outcomes in seed order (sequential runs only)."""
        held = set(self.held)
        return self.design.run(s in held for s in self.seeds)

    @property
    def critical(self) -> int | None:
        """A fixed run fails the claim when it held on this many seeds or fewer (None: sequential)."""
        return None if self.sequential else critical_count(self.n, self.rate, self.alpha)

    @property
    def holds(self) -> bool:
        """The claim holds at its stated rate over this run (no seeds: nothing to hold)."""
        if self.sequential:
            return self.expected_rate is None and self.n > 0 and self.stop().decision == "holds"
        return self.n > 0 and self.k > self.critical

    @property
    def fixed(self) -> bool:
        """For a known failure: the run holds on more seeds than the failure allows."""
        if self.expected_rate is None or self.n == 0:
            return False
        if self.sequential:
            return self.stop().decision == "holds"
        return self.k >= fixed_count(self.n, self.expected_rate, self.alpha)

    @property
    def passes(self) -> bool:
        """Whether the claim's test passes: the claim holds at its rate or, under a known
        failure (a strict xfail), the run shows the failure fixed."""
        return self.fixed if self.expected_rate is not None else self.holds

    def decision(self) -> dict:
        """How the run decided, as the claims report stores it: the rule, its error rates and
        why it stopped (sequential) or its power against a halved rate (fixed seeds)."""
        if self.sequential:
            stop = self.stop()
            return {**self.design.record(), "stopped": stop.reason}
        return {
            "rule": "fixed",
            "alpha": self.alpha,
            "power": round(fixed_power(self.n, self.rate, self.alpha), 6) if self.expected_rate is None else None,
        }

    def record(self) -> dict:
        """The verdict as the claims report stores it."""
        return {
            "seeds": list(self.seeds),
            "held": list(self.held),
            "rate": self.rate,
            "critical": self.critical,
            "expected_rate": self.expected_rate,
            "decision": self.decision() if self.n else None,
        }

    def summary(self) -> str:
        rate = "every seed" if self.rate >= 1.0 else f"at least {self.rate:.0%} of seeds"
        if self.sequential:
            return f"held on {self.k}/{self.n} seeds (claimed: {rate}; decided sequentially: {self.stop().reason})"
        if self.critical >= 0:
            rule = f"a run of {self.n} fails it at {self.critical} or fewer"
        else:
            rule = f"no result of {self.n} seeds is unlikely enough at {self.alpha:.3%} to fail it: run more seeds"
        return f"held on {self.k}/{self.n} seeds (claimed: {rate}; {rule})"

    def message(self) -> str:
        """What a failing assertion says: the decision, then each seed that failed and why."""
        head = f"{self.claim}: {self.summary()}"
        if self.expected_rate is not None and not self.sequential:
            need = fixed_count(self.n, self.expected_rate, self.alpha)
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds): " + (
                f"fixed when it holds on {need} or more"
                if need <= self.n
                else f"{self.n} seeds cannot show it fixed at {self.alpha:.3%}"
            )
        elif self.expected_rate is not None:
            head += f"; a known failure here (holds on at most {self.expected_rate:.0%} of seeds)"
        return head + "".join(f"\n  seed {seed}: {why}" for seed, why in sorted(self.failures.items()))


def decide(
    claim: str,
    rate: float,
    outcomes: Mapping[int, tuple[bool, str]],
    expected_rate: float | None = None,
    sequential: bool = False,
    *,
    alpha: float,
) -> RunVerdict:
    """The verdict of one run: ``outcomes`` maps each seed to (held, why it failed or ''), at the
    claim's false-alarm rate ``alpha``."""
    seeds = tuple(sorted(outcomes))
    held = tuple(s for s in seeds if outcomes[s][0])
    failures = {s: outcomes[s][1] for s in seeds if not outcomes[s][0]}
    return RunVerdict(claim, seeds, held, rate, failures, alpha, expected_rate, sequential)
