"""The setup matrix: setups.toml at a checkout's root, the one list of setups (nox, the workflow,
.ci/run, ``compare``'s setup names, tools/setup_matrix.py).

Standard library only: .ci/run reads it with the system's Python before any environment exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["SETUPS_FILE", "Setup", "load"]

#: setups.toml of the checkout the package lies in (an installed package has none)
SETUPS_FILE = Path(__file__).resolve().parents[2] / "setups.toml"
_KINDS = ("setup", "nightly")
_FIELDS = {"install", "env", "ci", "release", "patch", "long"}


@dataclass(frozen=True)
class Setup:
    """One setup: how to install it and the environment its claims run under."""

    id: str
    nightly: bool
    install: tuple[str, ...]
    env: dict[str, str]
    ci: str | None = None  # the seeds .ci/run runs it over; None: not a .ci/run leg
    release: str | None = None  # a nightly's released setup, which its speed is compared with
    patch: str | None = None  # a candidate patch to Keras's source, built and installed last (tools.keras_patch)
    long: bool = False  # the workflow's weekly job also runs the tests marked long on it


def load(path: Path = SETUPS_FILE) -> dict[str, Setup]:
    """Every setup of ``path``, released ones first, in the file's order; a ValueError naming the
    entry where one is malformed."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python before 3.11
        raise ValueError("reading setups.toml needs Python 3.11 or later (tomllib)") from None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = sorted(set(data) - set(_KINDS))
    if unknown:
        raise ValueError(f"{path.name}: expected tables {' and '.join(_KINDS)}, got {', '.join(unknown)}")
    out: dict[str, Setup] = {}
    for kind in _KINDS:
        for name, entry in data.get(kind, {}).items():
            extra = sorted(set(entry) - _FIELDS)
            install, env, ci = entry.get("install"), entry.get("env", {}), entry.get("ci")
            if extra or not (isinstance(install, list) and install and all(isinstance(a, str) for a in install)):
                raise ValueError(
                    f"{path.name}: [{kind}.{name}] needs install (a list of pip arguments) and at most "
                    f"env, ci, release, patch and long; got {', '.join(sorted(entry)) or 'nothing'}"
                )
            if not all(isinstance(v, str) for v in env.values()) or not isinstance(ci, (str, type(None))):
                raise ValueError(f"{path.name}: [{kind}.{name}] env values and ci must be strings")
            long = entry.get("long", False)
            if not isinstance(long, bool) or (long and kind == "nightly"):
                raise ValueError(
                    f"{path.name}: [{kind}.{name}] long must be true or false, on a released setup; got {long!r}"
                )
            release = entry.get("release")
            if (release is not None) != (kind == "nightly") or (release is not None and release not in out):
                raise ValueError(
                    f"{path.name}: [{kind}.{name}] a nightly names the released setup listed before it that "
                    f"its speed is compared with (release), and only a nightly does; got {release!r}"
                )
            patch = entry.get("patch")
            if patch is not None and not (isinstance(patch, str) and (path.parent / patch).is_file() and ci is None):
                raise ValueError(
                    f"{path.name}: [{kind}.{name}] patch names a patch file of the checkout, and a patched setup is "
                    f"no .ci/run leg; got {patch!r}"
                )
            if name in out:
                raise ValueError(f"{path.name}: setup {name!r} is listed twice")
            out[name] = Setup(name, kind == "nightly", tuple(install), dict(env), ci, release, patch, long)
    return out
