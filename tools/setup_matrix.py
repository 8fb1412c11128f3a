"""The setup matrix (setups.toml, ``lstm_behaviour.spec.matrix``) for nox, the workflow and .ci/run.

Standard library only: .ci/run and the workflow run it with the system's Python before any
environment exists (``python3 -m tools.setup_matrix COMMAND [SETUP]``):

- ``github-output``: ``claims=[...]``, ``canary=[...]`` and ``long=[...]`` (the setups on which the
  workflow's weekly job also runs the long tests), JSON lists for ``$GITHUB_OUTPUT``;
- ``install SETUP``: its pip arguments, one a line;
- ``env SETUP``: its environment, ``NAME=value`` a line;
- ``seeds SETUP``: the seeds .ci/run runs its claims over.
"""

from __future__ import annotations

import json
import sys

from lstm_behaviour.spec.matrix import SETUPS_FILE, Setup, load

__all__ = ["SETUPS_FILE", "Setup", "load", "main"]


def _one(setups: dict[str, Setup], name: str) -> Setup:
    if name not in setups:
        raise SystemExit(f"setup must be one of {', '.join(setups)}; got {name!r}")
    return setups[name]


def main(argv: list[str]) -> int:
    try:
        setups = load()
    except ValueError as error:
        raise SystemExit(str(error)) from None
    if argv == ["github-output"]:
        for key, nightly in (("claims", False), ("canary", True)):
            print(f"{key}={json.dumps([s.id for s in setups.values() if s.nightly == nightly])}")
        print(f"long={json.dumps([s.id for s in setups.values() if s.long])}")
    elif len(argv) == 2 and argv[0] in ("install", "env", "seeds"):
        setup = _one(setups, argv[1])
        lines = {
            "install": setup.install,
            "env": [f"{k}={v}" for k, v in setup.env.items()],
            "seeds": [setup.ci or "auto"],
        }[argv[0]]
        print("\n".join(lines))
    else:
        raise SystemExit("usage: python -m tools.setup_matrix github-output | install|env|seeds SETUP")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
