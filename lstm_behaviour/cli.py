"""Command line: ``python -m lstm_behaviour {reproduce,calibrate,check-state,docs,validate,matrix,merge,plot,compare}``.

- ``reproduce``: train the article's rows over seeds and print each experiment's table, the
  article's value beside the measured median and range.
- ``calibrate``: train every row over many seeds and add the raw records to a calibration file
  (data/calibration/), resuming where it stopped.
- ``check-state MODULE:FUNCTION``: whether a stateful model of your own keeps its state in each
  Keras API call (``engine.state_check``), as a table; exit status 1 where one does not.
- ``docs``: regenerate the generated files under docs/.
- ``validate``: check claims reports (``pytest --claims-report``); every problem listed.
- ``matrix``: claims x setups into docs/results.md and the claims badge.
- ``merge``: claims reports (or calibration files) of one setup over disjoint seeds, joined into
  what one run over all their seeds writes.
- ``compare``: whether one environment trains or predicts slower than another, per row, decided.
- ``plot``: the article's accuracies beside the measured ones, and the comparisons, as images.

Bad arguments or environment variables get a one-line error and exit status 2; a bad input
file, its problems (each naming the file) and exit status 1; Ctrl-C, one line and 130. Every
command checks its output paths before it works, and writes its outputs whole, together, or
not at all. ``-v`` lets TensorFlow's start-up lines through (``LSTM_BEHAVIOUR_VERBOSE=1``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .engine.environment import BACKENDS, EnvironmentProblem, check_environment, check_floatx, exit_on_second_interrupt
from .files import escaped, import_problem, shown
from .stats.seeds import CALIBRATION_SEEDS, DEFAULT_SEEDS, parse_seeds, seed_range

__all__ = ["main"]

PROG = "lstm-behaviour"


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2: no usage dump
        self.exit(2, f"{self.prog}: error: {message}\n")


def _seeds(text: str) -> tuple[int, ...]:
    try:
        return parse_seeds(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


_NUMBERS = (1, 2, 3, 4, 5)  # experiments.EXPERIMENT_NUMBERS (a test checks they agree)


def _experiment_number(text: str) -> int:
    from .files import whole_number

    try:
        number = whole_number(text, "experiment", 0, 99)
    except ValueError:
        number = None
    if number not in _NUMBERS:
        raise argparse.ArgumentTypeError(f"experiment must be one of {', '.join(map(str, _NUMBERS))}; got {text!r}")
    return number


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description=__doc__.splitlines()[0])
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="show TensorFlow's start-up lines (as LSTM_BEHAVIOUR_VERBOSE=1 does)",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    backend = argparse.ArgumentParser(add_help=False)
    backend.add_argument(
        "--backend",
        choices=tuple(BACKENDS),
        help="Keras 3 backend (sets KERAS_BACKEND before Keras loads; default: KERAS_BACKEND or tensorflow)",
    )
    rep = sub.add_parser(
        "reproduce", parents=[backend], help="train the article's rows and print its tables beside ours"
    )
    rep.add_argument(
        "--experiment", type=_experiment_number, action="append", help="experiment number (repeatable; default: all)"
    )
    rep.add_argument(
        "--seeds",
        type=_seeds,
        default=parse_seeds(DEFAULT_SEEDS),
        help=f"seeds, e.g. 0-4 or 0,3 (default {DEFAULT_SEEDS})",
    )
    rep.add_argument(
        "--protocol",
        choices=("fast", "article"),
        default="fast",
        help="training protocol (same results; article is the slow original)",
    )
    cal = sub.add_parser("calibrate", parents=[backend], help="train every row over seeds and save the raw records")
    cal.add_argument(
        "--seeds", type=_seeds, default=parse_seeds(CALIBRATION_SEEDS), help=f"seeds (default {CALIBRATION_SEEDS})"
    )
    cal.add_argument(
        "--experiment", type=_experiment_number, action="append", help="experiment number (repeatable; default: all)"
    )
    cal.add_argument(
        "--out",
        type=Path,
        required=True,
        help="calibration file to write, or to add the missing (row, seed) records to; rewritten whole after each seed",
    )
    chk = sub.add_parser(
        "check-state", help="does a stateful Keras model keep its state in fit, predict, evaluate, ...? (exit 1 if not)"
    )
    chk.add_argument(
        "factory", nargs="?", metavar="MODULE:FUNCTION", help="a function that returns a compiled stateful model"
    )
    chk.add_argument(
        "--layers", action="store_true", help="instead: every Keras recurrent layer, side by side (engine.layer_zoo)"
    )
    chk.add_argument("--out", type=Path, help="with --layers: the JSON to write (data/state/<setup>.json)")
    chk.add_argument("--x", type=Path, help="inputs (.npy): two or more whole batches (default: uniform in [0, 1))")
    chk.add_argument("--y", type=Path, help="targets (.npy) for --x (default: zeros of the output's shape)")
    sub.add_parser("docs", help="regenerate the generated files under docs/")
    val = sub.add_parser("validate", help="check claims reports written by pytest --claims-report")
    val.add_argument("paths", nargs="+", metavar="PATH")
    mat = sub.add_parser("matrix", help="claims x setups: docs/results.md and the badge")
    mat.add_argument("paths", nargs="+", metavar="RESULTS")
    mat.add_argument(
        "--out",
        type=Path,
        default=Path("build/claims/results.md"),
        help="Markdown to write (default build/claims/results.md; the committed one is docs/results.md)",
    )
    mat.add_argument(
        "--badge-dir",
        type=Path,
        default=Path("build/claims"),
        help="folder of claims.json (shields.io endpoint) and claims.svg "
        "(default build/claims; the committed ones are in docs/badges)",
    )
    mer = sub.add_parser(
        "merge", help="join claims reports (or calibration files) of one setup over disjoint seeds into one"
    )
    mer.add_argument("paths", nargs="+", metavar="SHARD")
    mer.add_argument("--out", type=Path, required=True, help="the joined report or calibration file to write")
    mer.add_argument("--force", action="store_true", help="replace an --out of the other kind or another setup")
    from .compare import add_arguments

    add_arguments(sub.add_parser("compare", help="is one environment slower than another? decided per row"))
    plot = sub.add_parser("plot", help="images of the committed results (needs the plot extra)")
    plot.add_argument(
        "--calibration",
        nargs="+",
        type=Path,
        metavar="JSON",
        help="calibration files to plot (default data/calibration/*.json)",
    )
    plot.add_argument(
        "--comparisons", nargs="+", type=Path, metavar="JSON", help="comparisons (default data/comparisons/*.json)"
    )
    plot.add_argument(
        "--out-dir", type=Path, default=Path("docs/images"), help="folder for the PNGs (default docs/images)"
    )
    return parser


class _Failure(Exception):
    """A command's failure on its input: one line (or several, each naming a file), exit 1."""


class _Usage(Exception):
    """Input a command cannot use at all (not what it checks): one line, exit 2."""


def _reproduce(args) -> int:
    from .reports.tables import experiment_table, transplant_table
    from .spec.calibration import run

    numbers = sorted(set(args.experiment or _NUMBERS))
    print(
        f"training experiments {', '.join(map(str, numbers))} over seeds {seed_range(args.seeds)} "
        f"({args.protocol} protocol); each line is one trained row",
        file=sys.stderr,
        flush=True,
    )
    records = run(numbers, args.seeds, protocol=args.protocol)
    for number in numbers:
        print(
            transplant_table(records)
            if number == 5
            else experiment_table(number, [rec for rec in records if rec["row"].startswith(f"E{number}/")])
        )
    return 0


def _wrote(paths) -> int:
    for path in paths:
        print(f"wrote {shown(path)}", file=sys.stderr)
    return 0


def _calibrate(args) -> int:
    from .files import check_writable
    from .spec.calibration import extend

    try:
        check_writable(args.out)
        extend(args.out, args.experiment or _NUMBERS, args.seeds)
    except ValueError as error:
        raise _Failure(str(error)) from None
    return _wrote([args.out])


def _check_state(args) -> int:
    from .engine.user_model import check_factory

    if args.layers:
        return _layer_matrix(args)
    if args.out is not None:
        raise _Usage("--out writes the layers' JSON of --layers; a check of your model prints its table")
    if args.factory is None:
        raise _Usage("check-state takes MODULE:FUNCTION (a factory of a stateful model), or --layers")
    try:
        result = check_factory(args.factory, args.x, args.y)
    except ValueError as error:
        raise _Usage(str(error)) from None
    print(result.table())
    return 0 if result.ok else 1


def _layer_matrix(args) -> int:
    from .engine.layer_zoo import write_layer_matrix

    try:
        return _wrote(write_layer_matrix(args.out, progress=lambda name, res: print(f"== {name}\n{res.table()}\n")))
    except ValueError as error:
        raise _Usage(str(error)) from None


def _docs(args) -> int:
    from .reports.claims_report import ResultsError

    try:
        from .tools.generated_docs import write_docs
    except ImportError:  # an installed wheel: the tools stay in the checkout
        raise _Failure(
            "docs regenerates the documents of a checkout of lstm-behaviour, and this is an installed "
            "package without its maintainer tools: run it in a clone"
        ) from None

    try:
        return _wrote(write_docs())
    except ResultsError as error:
        raise _Failure("\n".join(f"{error.path}: {p}" for p in error.problems)) from None
    except (ValueError, KeyError, TypeError, RuntimeError) as error:  # RuntimeError: a missing extra, named
        raise _Failure(f"cannot generate the docs: {error}") from None


def _problems(error) -> str:
    if error.path == "matrix":
        return "\n".join(error.problems)
    return "\n".join(f"{shown(error.path)}: {problem}" for problem in error.problems)


def _validate(args) -> int:
    from .reports.claims_report import ResultsError, load

    status = 0
    for path in args.paths:
        try:
            report = load(path)
        except ResultsError as error:
            print(_problems(error), file=sys.stderr)
            status = 1
            continue
        if "setup_error" in report:
            error = report["setup_error"]
            print(f"{shown(path)}: valid: the setup {error['setup']} did not {error['stage']} (no claims)")
            continue
        counts: dict[str, int] = {}
        for entry in report["claims"].values():
            counts[entry["status"]] = counts.get(entry["status"], 0) + 1
        env = report["environment"]
        summary = ", ".join(f"{n} {s}" for s, n in counts.items())
        mode = "" if env["onednn"] is None else f", oneDNN {'on' if env['onednn'] else 'off'}"
        print(
            f"{shown(path)}: valid: {env['backend']} {env['backend_version']} / Keras {env['keras']}{mode}, "
            f"{len(report['claims'])} claims ({summary})"
        )
    return status


def _matrix(args) -> int:
    from .reports.claims_report import ResultsError
    from .reports.results_md import write_matrix

    try:
        written = write_matrix(args.paths, out=args.out, badge_dir=args.badge_dir)
    except ResultsError as error:
        raise _Failure(_problems(error)) from None
    except (ValueError, RuntimeError) as error:
        raise _Failure(str(error)) from None
    return _wrote(written)


def _merge(args) -> int:
    from .files import check_writable, write_json
    from .reports.claims_report import ResultsError
    from .reports.merge import check_merge_output, check_replaces, merge_files

    try:
        check_writable(args.out, args.paths)
        check_merge_output(args.out)
        joined = merge_files(args.paths)
        check_replaces(args.out, joined, force=args.force)
    except ResultsError as error:
        raise _Failure(_problems(error)) from None
    except ValueError as error:
        raise _Failure(str(error)) from None
    write_json(args.out, joined)
    return _wrote([args.out])


def _compare(args) -> int:
    from .compare import run_command

    try:  # a slower row is a result (exit 0), a side that cannot run a failure
        return run_command(args, progress=lambda line: print(line, file=sys.stderr, flush=True))
    except (ValueError, RuntimeError) as error:
        raise _Failure(str(error)) from None


def _plot(args) -> int:
    from .reports.plots import write_plots

    try:
        written = write_plots(calibration=args.calibration, comparisons=args.comparisons, out_dir=args.out_dir)
    except (RuntimeError, ValueError) as error:
        raise _Failure(str(error)) from None
    return _wrote(written)


#: the commands that run Keras (the others read and write files and need no backend installed)
NEEDS_BACKEND = ("reproduce", "calibrate", "check-state")

COMMANDS = {
    "reproduce": _reproduce,
    "calibrate": _calibrate,
    "check-state": _check_state,
    "docs": _docs,
    "validate": _validate,
    "matrix": _matrix,
    "merge": _merge,
    "plot": _plot,
    "compare": _compare,
}


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m lstm_behaviour`` and ``lstm-behaviour``."""
    args = _parser().parse_args(argv)
    if args.verbose:
        os.environ["LSTM_BEHAVIOUR_VERBOSE"] = "1"
    if getattr(args, "backend", None):
        if (
            "lstm_behaviour.engine.compat" in sys.modules
            and sys.modules["lstm_behaviour.engine.compat"].BACKEND != args.backend
        ):
            print(
                f"{PROG}: error: --backend {args.backend}: Keras is already loaded with another backend",
                file=sys.stderr,
            )
            return 2
        os.environ["KERAS_BACKEND"] = args.backend
    try:
        check_environment(backend_needed=args.command in NEEDS_BACKEND)
        if args.command in ("reproduce", "calibrate"):  # the article's runs: calibrated on float32
            check_floatx()
    except EnvironmentProblem as problem:
        print(f"{PROG}: error: {problem}", file=sys.stderr)
        return 2
    exit_on_second_interrupt()
    try:
        return COMMANDS[args.command](args)
    except _Failure as failure:
        print(f"{PROG} {args.command}: error: {escaped(str(failure))}", file=sys.stderr)
        return 1
    except _Usage as problem:
        print(f"{PROG} {args.command}: error: {escaped(str(problem))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG} {args.command}: interrupted; nothing more was written", file=sys.stderr)
        return 130
    except (ImportError, Warning) as error:  # a package shadowed or missing; a warning made an error (-W error)
        print(f"{PROG} {args.command}: error: {escaped(import_problem(error))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (``validate ... | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as error:  # a file system refusal met while writing: one line, nothing half-written
        where = f"{error.filename}: " if error.filename else ""
        print(f"{PROG} {args.command}: error: {where}{error.strerror or error}", file=sys.stderr)
        return 1
