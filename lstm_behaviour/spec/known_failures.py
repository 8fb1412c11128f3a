"""Claims that do not hold on some setup: findings, run there as strict xfails.

A known failure names a claim and the setups where it fails on most seeds: a backend, a Keras
major, a oneDNN mode, the variants it applies to and version ranges of packages
(``VersionRange``), all optional. Its evidence is a count, the seeds it held on of the seeds run
there, which gives the share it is expected to hold on at most (``KnownFailure.rate``, an upper
confidence bound); a failure that is no accident of the seeds (an exception, an exact check)
is ``always`` and expected never to hold. Per-seed entries do not exist: a claim's own failure
rate is in its stated rate.

- On a setup inside the entry (``expected_failure``), the claim's test is a strict xfail that
  passes (and so fails the run) only when the run shows the failure fixed.
- On a setup newer than one of its ranges and otherwise alike (``newer_failure``), the claim is
  expected to hold again: the test runs as usual, and a pass is reported as "fixed".
- Anywhere else the claim is expected to hold.

Listed in docs/findings.md. Importing this module does not import TensorFlow;
``expected_failure`` and ``newer_failure`` ask ``compat`` for the versions in use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..stats.binomial import upper_confidence_bound

__all__ = [
    "JAX_CAUSE",
    "JAX_KERAS",
    "JAX_UPSTREAM",
    "RAISES",
    "STATE_FAILURES",
    "TORCH_CAUSE",
    "TORCH_EVIDENCE",
    "TORCH_KERAS",
    "TORCH_TRAINING_RAISES",
    "TORCH_UPSTREAM",
    "KnownFailure",
    "VersionRange",
    "all_known_failures",
    "expected_failure",
    "jax_state_loss",
    "newer_failure",
    "parse_version",
    "torch_stateful_training",
]


def parse_version(text: str):
    """A version as ``packaging`` orders it (dev builds before their release); ValueError if none."""
    from packaging.version import InvalidVersion, Version

    try:
        return Version(str(text))
    except InvalidVersion:
        raise ValueError(f"a version must look like 2.21.0 or 3.16.0.dev2026102704, got {text!r}") from None


#: the exceptions a finding may produce: a claim's assertion failing, or the backend's runtime error
RAISES = ("AssertionError", "RuntimeError")


@dataclass(frozen=True)
class VersionRange:
    """Versions ``first`` to ``last`` of one package, both included; None leaves that end open."""

    package: str  # a key of the versions: "tensorflow", "keras" or "backend_version"
    first: str | None = None
    last: str | None = None

    def __post_init__(self):
        for end in (self.first, self.last):
            if end is not None:
                parse_version(end)
        if self.first and self.last and parse_version(self.first) > parse_version(self.last):
            raise ValueError(f"a version range must go up, got {self.first} to {self.last}")

    def newer(self, version: str) -> bool:
        """Whether ``version`` is past the range's last version."""
        return self.last is not None and parse_version(version) > parse_version(self.last)

    def contains(self, version: str) -> bool:
        v = parse_version(version)
        return (self.first is None or v >= parse_version(self.first)) and (
            self.last is None or v <= parse_version(self.last)
        )

    def describe(self) -> str:
        if self.first and self.last:
            span = self.first if self.first == self.last else f"{self.first}–{self.last}"
        elif self.first:
            span = f">= {self.first}"
        else:
            span = f"<= {self.last}"
        return f"{self.package} {span}"


@dataclass(frozen=True)
class KnownFailure:
    """A claim that fails on most seeds of the setups this entry describes."""

    claim: str
    reason: str  # what is seen, in a line
    evidence: str  # where the evidence is (a committed file, a test, a minimal reproduction)
    cause: str = ""  # where in the backend or Keras it comes from (docs/findings.md)
    held: int = 0  # evidence: seeds the claim held on, of ``seeds`` run on such a setup
    seeds: int = 0
    always: bool = False  # not a matter of seeds: an exception or an exact check; expected never to hold
    backend: str | None = None
    keras_major: int | None = None
    onednn: bool | None = None
    variants: tuple[str | None, ...] | None = None  # None: any variant; (None,): only without one
    versions: tuple[VersionRange, ...] = ()
    #: the Keras layers (``engine.layer_zoo.LAYERS``) a state-mechanics test fails for; None: any.
    #: A claim's report names the first entry that applies to any of its layers.
    layers: tuple[str, ...] | None = None
    #: the exception the finding produces (``RAISES``): the claim's own assertion, or the backend's
    #: error; the strict xfail accepts that one only, so an unrelated crash fails the run
    raises: tuple[str, ...] = ("AssertionError",)
    #: the public issue or pull request about it (docs/findings.md); empty: none known, docs/upstream/
    upstream: str = ""

    def __post_init__(self):
        if not self.raises or not set(self.raises) <= set(RAISES) or isinstance(self.raises, str):
            raise ValueError(f"{self.claim}: raises must name some of {', '.join(RAISES)}, got {self.raises!r}")
        if self.always and (self.held or self.seeds):
            raise ValueError(
                f"{self.claim}: a failure on every seed (always) has no seed counts, got {self.held}/{self.seeds}"
            )
        if not self.always and (not 0 <= self.held <= self.seeds or self.seeds < 1):
            raise ValueError(
                f"{self.claim}: evidence must be held <= seeds with seeds >= 1, got {self.held}/{self.seeds}"
            )

    @property
    def rate(self) -> float:
        """The share of seeds the claim is expected to hold on here, at most (95% upper bound; 0
        for a failure on every seed)."""
        return 0.0 if self.always else upper_confidence_bound(self.held, self.seeds)

    def where(self) -> str:
        parts = [f"{self.backend} backend"] if self.backend else []
        parts += [f"Keras {self.keras_major}"] if self.keras_major else []
        parts += [f"oneDNN {'on' if self.onednn else 'off'}"] if self.onednn is not None else []
        parts += [r.describe() for r in self.versions]
        if self.variants == (None,):
            parts.append("no variant")
        elif self.variants is not None:
            parts.append("variant " + " or ".join(v or "none" for v in self.variants))
        return ", ".join(parts) or "every setup"

    def _alike(self, claim_id: str, versions: Mapping) -> bool:
        """The claim, backend, Keras major, oneDNN mode and variant match (versions aside)."""
        return (
            claim_id == self.claim
            and (self.backend is None or versions.get("backend") == self.backend)
            and (self.keras_major is None or versions.get("keras_major") == self.keras_major)
            and (self.onednn is None or versions.get("onednn") is self.onednn)
            and (self.variants is None or (versions.get("variant") or None) in self.variants)
        )

    def matches(self, claim_id: str, versions: Mapping, layer: str | None = None) -> bool:
        """Whether this entry applies to ``claim_id`` on the setup ``versions`` describes (and to
        the test of ``layer``, where a test has one)."""
        if layer is not None and self.layers is not None and layer not in self.layers:
            return False
        if _candidate(versions):  # a candidate patch runs plainly: what it fixes reads "fixed" (newer)
            return False
        return self._alike(claim_id, versions) and all(
            versions.get(r.package) and r.contains(versions[r.package]) for r in self.versions
        )

    def newer(self, claim_id: str, versions: Mapping) -> str | None:
        """On a setup alike but past one of the ranges: that package and version (else None). A
        candidate patch of a Keras release this entry fails on is past it: the patched Keras."""
        if _candidate(versions):
            release = {**versions, "keras": str(versions["keras"]).split("+", 1)[0]}
            return f"keras {versions['keras']}" if self.matches(claim_id, release) else None
        if not self._alike(claim_id, versions) or not self.versions:
            return None
        past = None
        for r in self.versions:
            version = versions.get(r.package)
            if not version or (r.first is not None and parse_version(version) < parse_version(r.first)):
                return None
            if r.newer(version):
                past = past or f"{r.package} {version}"
        return past

    def evidence_text(self) -> str:
        counted = "fails on every seed and run" if self.always else f"held on {self.held}/{self.seeds} seeds"
        return f"{counted}; {self.evidence}"

    def xfail_reason(self) -> str:
        cause = "; cause in docs/findings.md" if self.cause else ""
        return f"{self.claim} fails on {self.where()}: {self.reason} ({self.evidence_text()}{cause})"

    def fixed_text(self, version: str) -> str:
        return f"fixed in {version}: {self.claim} failed on {self.where()} ({self.reason})"


def _candidate(versions: Mapping) -> bool:
    from .setups import is_candidate

    return is_candidate(versions)


# measured failing on Keras 3.15.1 and on keras-nightly 3.16.0.dev2026102704 (docs/results/keras-nightly-jax.json)
JAX_KERAS = (VersionRange("keras", None, "3.16.0.dev2026102704"),)
JAX_CAUSE = (
    "on JAX, fit, evaluate, predict, predict_on_batch and train_on_batch run Keras's stateless_call with the "
    "model's trainable and non-trainable variables only; an RNN's state variables are made under "
    "no_automatic_dependency_tracking (keras/src/layers/rnn/rnn.py, _create_state_variables), so they are in "
    "neither list: each call reads them as constants and drops the new state (keras/src/backend/jax/trainer.py)"
)
_JAX_APIS = (
    "S.predict-carries-state",
    "S.predict-on-batch-carries-state",
    "S.evaluate-carries-state",
    "S.train-on-batch-carries-state",
    "S.fit-never-resets",
)

TORCH_KERAS = (VersionRange("keras", "3.14.0", "3.15.1"),)
TORCH_UPSTREAM = (
    "keras-team/keras#23462 (closed; reported for a GRU on CUDA), fixed by keras-team/keras#23464 (merged: the "
    "state copied before the optimized path on torch); the keras-nightly 3.16.0.dev2026102704 report shows these "
    "claims fixed"
)
JAX_UPSTREAM = "none found in keras-team/keras's public issues and pull requests; not yet reported"
TORCH_CAUSE = (
    "training a stateful LSTM raises RuntimeError (a variable needed for gradient computation was modified by "
    "an inplace operation): with use_cudnn='auto' Keras 3.14+ runs the CPU LSTM through the pure-torch path of "
    "keras/src/backend/torch/rnn.py (lstm), whose state tensors the layer's call then assigns in place "
    "(keras/src/layers/rnn/rnn.py, call), without the copy the generic loop makes (compare keras-team/keras#23462 "
    "and #23464); use_cudnn=False (the no-cudnn variant) trains"
)
TORCH_EVIDENCE = (
    "tests/test_state_mechanics.py; the reproduction below trains on Keras 3.13.2 and raises on 3.14.0 and 3.15.1 "
    "(torch 2.13.0)"
)
#: what is seen where training a stateful LSTM raises on torch (Keras 3.14-3.15.1)
TORCH_TRAINING_RAISES = (
    "training a stateful LSTM with the default use_cudnn='auto' raises RuntimeError (in-place modification)"
)
_TORCH_TRAINING_APIS = ("S.train-on-batch-carries-state", "S.fit-never-resets")
#: the layers built on Keras's torch LSTM path; SimpleRNN, RNN over a cell of its own and ConvLSTM1D train
#: (data/state/torch.json)
_TORCH_LSTM_LAYERS = ("LSTM", "stacked LSTM", "Bidirectional(LSTM)")


def torch_stateful_training(
    claim_ids, *, layers: tuple[str, ...] | None = None, raises: tuple[str, ...] = ("RuntimeError",)
) -> tuple[KnownFailure, ...]:
    """Claims whose tests train a stateful LSTM, which raises on torch with the Keras of
    ``TORCH_KERAS`` (``TORCH_CAUSE``): an article's trained claims, or the state API's for the
    LSTM ``layers`` (whose checks may also fail an assertion on the call's outcome, ``raises``)."""
    return tuple(
        KnownFailure(
            claim_id,
            TORCH_TRAINING_RAISES,
            TORCH_EVIDENCE,
            TORCH_CAUSE,
            always=True,
            backend="torch",
            variants=(None,),
            versions=TORCH_KERAS,
            layers=layers,
            raises=raises,
            upstream=TORCH_UPSTREAM,
        )
        for claim_id in claim_ids
    )


#: The findings of the state API (the claims of ``mechanics``), each with its evidence. An article's
#: findings are its own (``Article.known_failures``). A claim's failures on a few seeds are not here:
#: its stated rate (docs/calibration.md) already allows for them.
STATE_FAILURES: tuple[KnownFailure, ...] = (
    *(
        KnownFailure(
            claim_id,
            "the call leaves (h, c) at zero: the state is not carried",
            "tests/test_state_mechanics.py; docs/findings.md has a plain-Keras reproduction",
            JAX_CAUSE,
            always=True,
            backend="jax",
            versions=JAX_KERAS,
            upstream=JAX_UPSTREAM,
        )
        for claim_id in _JAX_APIS
    ),
    # training raises; a state-mechanics check asserts the call's outcome ("raises: RuntimeError: ...")
    *torch_stateful_training(
        _TORCH_TRAINING_APIS, layers=_TORCH_LSTM_LAYERS, raises=("RuntimeError", "AssertionError")
    ),
    *(
        KnownFailure(
            claim_id,
            "training a stateful GRU with the default use_cudnn='auto' raises RuntimeError (in-place modification), "
            "as the LSTM does",
            "data/state/torch.json and data/state/torch-no-cudnn.json (use_cudnn=False trains); docs/findings.md has "
            "a plain-Keras reproduction",
            TORCH_CAUSE.replace("a stateful LSTM", "a stateful LSTM or GRU"),
            always=True,
            backend="torch",
            variants=(None,),
            versions=TORCH_KERAS,
            layers=("GRU",),
            raises=("RuntimeError", "AssertionError"),  # as the LSTM's state-mechanics tests
            upstream=TORCH_UPSTREAM,
        )
        for claim_id in _TORCH_TRAINING_APIS
    ),
)


def jax_state_loss(findings: Mapping[str, tuple[int, str]], evidence: str) -> tuple[KnownFailure, ...]:
    """An article's trained claims that JAX's state loss breaks (``JAX_CAUSE``): claim id -> (seeds
    it held on of 100, what is seen), measured in the calibration file ``evidence``."""
    return tuple(
        KnownFailure(
            claim_id,
            seen,
            evidence,
            JAX_CAUSE,
            held=held,
            seeds=100,
            backend="jax",
            versions=JAX_KERAS,
            upstream=JAX_UPSTREAM,
        )
        for claim_id, (held, seen) in findings.items()
    )


def all_known_failures() -> tuple[KnownFailure, ...]:
    """Every known failure: each registered article's (in the registry's order), then the state API's."""
    from .articles import articles

    return (*(f for a in articles().values() for f in a.known_failures), *STATE_FAILURES)


def _current(claim_id: str, versions: Mapping | None):
    if versions is not None or not any(f.claim == claim_id for f in all_known_failures()):
        return versions
    from ..engine.compat import versions_record

    return versions_record()


def expected_failure(claim_id: str, versions: Mapping | None = None, layer: str | None = None) -> KnownFailure | None:
    """The known failure of ``claim_id`` on the setup in use (or on ``versions``), or None; with
    ``layer``, the one of that layer's test."""
    versions = _current(claim_id, versions)
    return next(
        (f for f in all_known_failures() if versions is not None and f.matches(claim_id, versions, layer)), None
    )


def newer_failure(claim_id: str, versions: Mapping | None = None) -> tuple[KnownFailure, str] | None:
    """A known failure of ``claim_id`` whose range the setup in use is past, and the version past it."""
    versions = _current(claim_id, versions)
    if versions is None or expected_failure(claim_id, versions) is not None:
        return None
    for failure in all_known_failures():
        past = failure.newer(claim_id, versions)
        if past:
            return failure, past
    return None
