"""Claims that do not hold on some setup: findings, run there as strict xfails.

A known failure names a claim and the setups where it fails on most seeds: a backend, a Keras
major, a oneDNN mode and version ranges of packages (``VersionRange``), all optional. Its
evidence is a count, the seeds it held on of the seeds run there, which gives the share it is
expected to hold on at most (``KnownFailure.rate``, an upper confidence bound). On a matching
setup the claim's test is a strict xfail that passes (and so fails the run) only when the run
shows the failure fixed (``verdicts.RunVerdict.fixed``). Per-seed entries do not exist: a claim's
own failure rate is in its stated rate. Listed in docs/findings.md. Importing this module does
not import TensorFlow; ``expected_failure`` asks ``compat`` for the versions in use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .verdicts import upper_confidence_bound

__all__ = ["KNOWN_FAILURES", "KnownFailure", "VersionRange", "expected_failure", "parse_version"]


def parse_version(text: str):
    """A version as ``packaging`` orders it (dev builds before their release); ValueError if none."""
    from packaging.version import InvalidVersion, Version

    try:
        return Version(str(text))
    except InvalidVersion:
        raise ValueError(f"a version must look like 2.21.0 or 3.16.0.dev2026102704, got {text!r}") from None


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
    reason: str
    held: int  # evidence: seeds the claim held on, of ``seeds`` run on such a setup
    seeds: int
    evidence: str  # where the counts come from (a committed file)
    backend: str | None = None
    keras_major: int | None = None
    onednn: bool | None = None
    versions: tuple[VersionRange, ...] = ()

    def __post_init__(self):
        if not 0 <= self.held <= self.seeds or self.seeds < 1:
            raise ValueError(
                f"{self.claim}: evidence must be held <= seeds with seeds >= 1, got {self.held}/{self.seeds}"
            )

    @property
    def rate(self) -> float:
        """The share of seeds the claim is expected to hold on here, at most (95% upper bound)."""
        return upper_confidence_bound(self.held, self.seeds)

    def where(self) -> str:
        parts = [f"{self.backend} backend"] if self.backend else []
        parts += [f"Keras {self.keras_major}"] if self.keras_major else []
        parts += [f"oneDNN {'on' if self.onednn else 'off'}"] if self.onednn is not None else []
        parts += [r.describe() for r in self.versions]
        return ", ".join(parts) or "every setup"

    def matches(self, claim_id: str, versions: Mapping) -> bool:
        """Whether this entry applies to ``claim_id`` on the setup ``versions`` describes."""
        if claim_id != self.claim:
            return False
        if self.backend is not None and versions.get("backend") != self.backend:
            return False
        if self.keras_major is not None and versions.get("keras_major") != self.keras_major:
            return False
        if self.onednn is not None and versions.get("onednn") is not self.onednn:
            return False
        return all(versions.get(r.package) and r.contains(versions[r.package]) for r in self.versions)

    def xfail_reason(self) -> str:
        return (
            f"{self.claim} fails on {self.where()}: {self.reason} (held on {self.held}/{self.seeds} seeds, "
            f"{self.evidence})"
        )


#: The findings, each with its evidence. A claim's failures on a few seeds are not here: its
#: stated rate (docs/calibration.md) already allows for them.
KNOWN_FAILURES: tuple[KnownFailure, ...] = ()


def expected_failure(claim_id: str, versions: Mapping | None = None) -> KnownFailure | None:
    """The known failure of ``claim_id`` on the setup in use (or on ``versions``), or None."""
    if not any(f.claim == claim_id for f in KNOWN_FAILURES):
        return None
    if versions is None:
        import dataclasses

        from .compat import versions as current

        versions = dataclasses.asdict(current())
    return next((f for f in KNOWN_FAILURES if f.matches(claim_id, versions)), None)
