"""Command line: ``python -m lstm_behaviour {reproduce,calibrate,docs}``.

- ``reproduce``: train the article's rows over seeds and print each experiment's table, the
  article's value beside the measured median and range.
- ``calibrate``: train every row over many seeds and save the raw records (data/calibration/).
- ``docs``: regenerate docs/claims.md, docs/calibration.md and docs/findings.md.

Bad arguments get a one-line error and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .seeds import CALIBRATION_SEEDS, DEFAULT_SEEDS, parse_seeds

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2: no usage dump
        self.exit(2, f"{self.prog}: error: {message}\n")


def _seeds(text: str) -> tuple[int, ...]:
    try:
        return parse_seeds(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


_NUMBERS = (1, 2, 3, 4, 5)  # experiments.EXPERIMENT_NUMBERS, without importing TensorFlow to parse


def _experiment_number(text: str) -> int:
    if not text.strip().isdigit() or int(text) not in _NUMBERS:
        raise argparse.ArgumentTypeError(f"experiment must be one of {', '.join(map(str, _NUMBERS))}; got {text!r}")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lstm-behaviour", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    rep = sub.add_parser("reproduce", help="train the article's rows and print its tables beside ours")
    rep.add_argument("--experiment", type=_experiment_number, action="append",
                     help="experiment number (repeatable; default: all)")
    rep.add_argument("--seeds", type=_seeds, default=parse_seeds(DEFAULT_SEEDS),
                     help=f"seeds, e.g. 0-4 or 0,3 (default {DEFAULT_SEEDS})")
    rep.add_argument("--protocol", choices=("fast", "article"), default="fast",
                     help="training protocol (same results; article is the slow original)")
    cal = sub.add_parser("calibrate", help="train every row over seeds and save the raw records")
    cal.add_argument("--seeds", type=_seeds, default=parse_seeds(CALIBRATION_SEEDS))
    cal.add_argument("--experiment", type=_experiment_number, action="append")
    cal.add_argument("--out", type=Path, required=True, help="JSON file to write (whole or not at all)")
    sub.add_parser("docs", help="regenerate the generated files under docs/")
    return parser


def _reproduce(args) -> int:
    from .calibration import run
    from .report import experiment_table, transplant_table

    numbers = sorted(set(args.experiment or _NUMBERS))
    print(f"training experiments {', '.join(map(str, numbers))} over seeds {list(args.seeds)} "
          f"({args.protocol} protocol); each line is one trained row", file=sys.stderr, flush=True)
    records = run(numbers, args.seeds, protocol=args.protocol)
    for number in numbers:
        print(transplant_table(records) if number == 5 else experiment_table(
            number, [rec for rec in records if rec["row"].startswith(f"E{number}/")]))
    return 0


def _calibrate(args) -> int:
    from .calibration import run, save

    save(args.out, run(args.experiment or _NUMBERS, args.seeds))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _docs(args) -> int:
    from .docs import write_docs

    for path in write_docs():
        print(f"wrote {path}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m lstm_behaviour`` and ``lstm-behaviour``."""
    args = _parser().parse_args(argv)
    return {"reproduce": _reproduce, "calibrate": _calibrate, "docs": _docs}[args.command](args)
