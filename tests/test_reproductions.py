"""The plain-Keras reproductions in docs/findings.md still show their findings on this backend."""

from __future__ import annotations

import dataclasses

import pytest

from lstm_behaviour.engine import compat
from lstm_behaviour.spec.known_failures import expected_failure
from lstm_behaviour.spec.reproductions import REPRODUCTIONS

HERE = [r for r in REPRODUCTIONS if r.backend == compat.BACKEND]


@pytest.mark.skipif(not HERE, reason=f"no reproduction is written for the {compat.BACKEND} backend")
@pytest.mark.parametrize("reproduction", HERE, ids=lambda r: r.backend)
def test_reproduction_shows_its_finding(reproduction):
    done = reproduction.run()
    assert done.returncode == 0, done.stderr[-1500:]
    # the scripts are plain Keras with Keras's defaults: a variant of this project's models does not apply
    plain = {**dataclasses.asdict(compat.versions()), "variant": None}
    finding_here = any(expected_failure(c, plain) for c in ("S.predict-on-batch-carries-state", "S.fit-never-resets"))
    shown = reproduction.shows in done.stdout
    expected = "holds" if finding_here else "does not hold"
    assert shown == finding_here, (
        f"{reproduction.title}: the script printed\n{done.stdout}\nand {'shows' if shown else 'does not show'} "
        f"{reproduction.shows!r}, but this setup's known failures say the finding {expected}"
    )
