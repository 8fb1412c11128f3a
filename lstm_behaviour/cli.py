"""Command line: ``python -m lstm_behaviour {reproduce,calibrate,docs,validate,matrix,plot}``.

- ``reproduce``: train the article's rows over seeds and print each experiment's table, the
  article's value beside the measured median and range.
- ``calibrate``: train every row over many seeds and save the raw records (data/calibration/).
- ``docs``: regenerate docs/claims.md, docs/calibration.md, docs/findings.md, docs/benchmarks.md.
- ``validate``: check claims reports (``pytest --claims-report``); every problem listed.
- ``matrix``: claims x TensorFlow versions into docs/results.md and the claims badge.
- ``plot``: the article's accuracies beside the measured ones, and benchmark times, as images.

Bad arguments get a one-line error and exit status 2; a bad results file, its problems and
exit status 1.
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
    val = sub.add_parser("validate", help="check claims reports written by pytest --claims-report")
    val.add_argument("paths", nargs="+", metavar="PATH")
    mat = sub.add_parser("matrix", help="claims x TensorFlow versions: docs/results.md and the badge")
    mat.add_argument("paths", nargs="+", metavar="RESULTS")
    mat.add_argument("--out", type=Path, default=Path("build/claims/results.md"),
                     help="Markdown to write (default build/claims/results.md; the committed one is docs/results.md)")
    mat.add_argument("--badge-dir", type=Path, default=Path("build/claims"),
                     help="folder of claims.json (shields.io endpoint) and claims.svg "
                          "(default build/claims; the committed ones are in docs/badges)")
    plot = sub.add_parser("plot", help="images of the committed results (needs the plot extra)")
    plot.add_argument("--calibration", nargs="+", type=Path, metavar="JSON",
                      help="calibration records to plot (default data/calibration/*.json)")
    plot.add_argument("--benchmarks", nargs="+", type=Path, metavar="JSON",
                      help="benchmark runs to plot (default docs/benchmarks/*.json)")
    plot.add_argument("--out-dir", type=Path, default=Path("docs/images"), help="folder for the PNGs (default docs/images)")
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


def _wrote(paths) -> int:
    for path in paths:
        print(f"wrote {path}", file=sys.stderr)
    return 0


def _calibrate(args) -> int:
    from .calibration import run, save

    save(args.out, run(args.experiment or _NUMBERS, args.seeds))
    return _wrote([args.out])


def _docs(args) -> int:
    from .docs import write_docs

    return _wrote(write_docs())


def _problems(error) -> int:
    for problem in error.problems:
        print(f"{error.path}: {problem}" if error.path != "matrix" else problem, file=sys.stderr)
    return 1


def _validate(args) -> int:
    from .results import ResultsError, load

    status = 0
    for path in args.paths:
        try:
            report = load(path)
        except ResultsError as error:
            status = _problems(error)
            continue
        counts: dict[str, int] = {}
        for entry in report["claims"].values():
            counts[entry["status"]] = counts.get(entry["status"], 0) + 1
        env = report["environment"]
        summary = ", ".join(f"{n} {s}" for s, n in counts.items())
        print(f"{path}: valid: TF {env['tensorflow']} / Keras {env['keras']}, {len(report['claims'])} claims ({summary})")
    return status


def _matrix(args) -> int:
    from .matrix import write_matrix
    from .results import ResultsError

    try:
        written = write_matrix(args.paths, out=args.out, badge_dir=args.badge_dir)
    except ResultsError as error:
        return _problems(error)
    return _wrote(written)


def _plot(args) -> int:
    from .plots import write_plots

    try:
        written = write_plots(calibration=args.calibration, benchmarks=args.benchmarks, out_dir=args.out_dir)
    except (RuntimeError, ValueError) as error:
        print(f"lstm-behaviour plot: error: {error}", file=sys.stderr)
        return 1
    return _wrote(written)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m lstm_behaviour`` and ``lstm-behaviour``."""
    args = _parser().parse_args(argv)
    commands = {"reproduce": _reproduce, "calibrate": _calibrate, "docs": _docs, "validate": _validate,
                "matrix": _matrix, "plot": _plot}
    return commands[args.command](args)
