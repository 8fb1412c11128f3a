"""Each command's arguments and the function that runs it, side by side (``cli.COMMANDS`` lists them).

A runner returns the exit status; it raises ``Failure`` for a failure on its input (one line, or
several each naming a file: exit 1) and ``Usage`` for input it cannot use at all (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..files import shown
from ..stats.seeds import CALIBRATION_SEEDS, DEFAULT_SEEDS, parse_seeds, seed_range

__all__ = [
    "Failure",
    "Usage",
    "calibrate",
    "calibrate_arguments",
    "check_state",
    "check_state_arguments",
    "compare",
    "compare_arguments",
    "experiment_numbers",
    "matrix",
    "matrix_arguments",
    "merge",
    "merge_arguments",
    "no_arguments",
    "plot",
    "plot_arguments",
    "reproduce",
    "reproduce_arguments",
    "validate",
    "validate_arguments",
]


class Failure(Exception):
    """A command's failure on its input: one line (or several, each naming a file), exit 1."""


class Usage(Exception):
    """Input a command cannot use at all (not what it checks): one line, exit 2."""


def _wrote(paths) -> int:
    for path in paths:
        print(f"wrote {shown(path)}", file=sys.stderr)
    return 0


def _problems(error) -> str:
    if error.path == "matrix":
        return "\n".join(error.problems)
    return "\n".join(f"{shown(error.path)}: {problem}" for problem in error.problems)


def _seeds(text: str) -> tuple[int, ...]:
    try:
        return parse_seeds(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def experiment_numbers() -> tuple[int, ...]:
    """The experiment numbers of the article data/calibration/ measures, as the registry has them."""
    from ..spec.articles import calibrated_article  # data only: no backend is imported

    return calibrated_article().numbers


def _experiment_number(text: str) -> int:
    from ..files import whole_number

    numbers = experiment_numbers()
    try:
        number = whole_number(text, "experiment", 0, 99)
    except ValueError:
        number = None
    if number not in numbers:
        raise argparse.ArgumentTypeError(f"experiment must be one of {', '.join(map(str, numbers))}; got {text!r}")
    return number


def _measured_number(text: str) -> int:
    """An experiment number; ``calibrate`` checks it against the chosen article's."""
    from ..files import whole_number

    try:
        return whole_number(text, "experiment", 0, 99)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def no_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def reproduce_arguments(rep: argparse.ArgumentParser) -> None:
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


def reproduce(args) -> int:
    from ..reports.tables import experiment_table, transplant_table
    from ..spec.articles import calibrated_article
    from ..spec.calibration import run

    numbers = sorted(set(args.experiment or experiment_numbers()))
    print(
        f"training experiments {', '.join(map(str, numbers))} over seeds {seed_range(args.seeds)} "
        f"({args.protocol} protocol); each line is one trained row",
        file=sys.stderr,
        flush=True,
    )
    records = run(numbers, args.seeds, protocol=args.protocol)
    tables = calibrated_article().experiments
    for number in numbers:
        if number in tables:
            keys = {r.key for r in tables[number].rows}
            print(experiment_table(number, [rec for rec in records if rec["row"] in keys]))
        else:  # the article's number that is no table: its transplant
            print(transplant_table(records))
    return 0


def _measure_brownlee(path, seeds, numbers=None) -> None:
    from ..articles.brownlee.experiments import keys_of
    from ..articles.brownlee.measure import measure

    if numbers:
        measure(path, seeds, keys_of(numbers))
    else:
        measure(path, seeds)


#: the articles besides the Qiita one whose rows ``calibrate --article`` trains, and how
MEASURED_ARTICLES = {"brownlee": _measure_brownlee}


def calibrate_arguments(cal: argparse.ArgumentParser) -> None:
    cal.add_argument(
        "--seeds", type=_seeds, default=parse_seeds(CALIBRATION_SEEDS), help=f"seeds (default {CALIBRATION_SEEDS})"
    )
    cal.add_argument(
        "--experiment", type=_measured_number, action="append", help="experiment number (repeatable; default: all)"
    )
    cal.add_argument(
        "--article",
        choices=("qiita", *MEASURED_ARTICLES),
        default="qiita",
        help="whose experiments: the Qiita article's (default) or Brownlee's tutorial's (docs/brownlee.md)",
    )
    cal.add_argument(
        "--out",
        type=Path,
        required=True,
        help="calibration file to write, or to add the missing (row, seed) records to; rewritten whole after each seed",
    )


def calibrate(args) -> int:
    from ..files import check_writable
    from ..spec.articles import article
    from ..spec.calibration import extend

    numbers = article(args.article).numbers
    wrong = [n for n in args.experiment or () if n not in numbers]
    if wrong:
        offered = ", ".join(map(str, numbers))
        raise Usage(f"--experiment with --article {args.article} must be one of {offered}; got {wrong[0]}")
    try:
        check_writable(args.out)
        if args.article == "qiita":
            extend(args.out, args.experiment or experiment_numbers(), args.seeds)
        else:
            MEASURED_ARTICLES[args.article](args.out, args.seeds, args.experiment)
    except ValueError as error:
        raise Failure(str(error)) from None
    return _wrote([args.out])


def check_state_arguments(chk: argparse.ArgumentParser) -> None:
    chk.add_argument(
        "factory", nargs="?", metavar="MODULE:FUNCTION", help="a function that returns a compiled stateful model"
    )
    chk.add_argument(
        "--layers", action="store_true", help="instead: every Keras recurrent layer, side by side (engine.layer_zoo)"
    )
    chk.add_argument("--out", type=Path, help="with --layers: the JSON to write (data/state/<setup>.json)")
    chk.add_argument("--x", type=Path, help="inputs (.npy): two or more whole batches (default: uniform in [0, 1))")
    chk.add_argument("--y", type=Path, help="targets (.npy) for --x (default: zeros of the output's shape)")


def check_state(args) -> int:
    from ..engine.user_model import check_factory

    if args.layers:
        return _layer_matrix(args)
    if args.out is not None:
        raise Usage("--out writes the layers' JSON of --layers; a check of your model prints its table")
    if args.factory is None:
        raise Usage("check-state takes MODULE:FUNCTION (a factory of a stateful model), or --layers")
    try:
        result = check_factory(args.factory, args.x, args.y)
    except ValueError as error:
        raise Usage(str(error)) from None
    print(result.table())
    return 0 if result.ok else 1


def _layer_matrix(args) -> int:
    from ..engine.layer_zoo import write_layer_matrix

    try:
        return _wrote(write_layer_matrix(args.out, progress=lambda name, res: print(f"== {name}\n{res.table()}\n")))
    except ValueError as error:
        raise Usage(str(error)) from None


def validate_arguments(val: argparse.ArgumentParser) -> None:
    val.add_argument("paths", nargs="+", metavar="PATH")


def validate(args) -> int:
    from ..reports.claims_report import ResultsError, load

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


def matrix_arguments(mat: argparse.ArgumentParser) -> None:
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


def matrix(args) -> int:
    from ..reports.claims_report import ResultsError
    from ..reports.results_md import write_matrix

    try:
        written = write_matrix(args.paths, out=args.out, badge_dir=args.badge_dir)
    except ResultsError as error:
        raise Failure(_problems(error)) from None
    except (ValueError, RuntimeError) as error:
        raise Failure(str(error)) from None
    return _wrote(written)


def merge_arguments(mer: argparse.ArgumentParser) -> None:
    mer.add_argument("paths", nargs="+", metavar="SHARD")
    mer.add_argument("--out", type=Path, required=True, help="the joined report or calibration file to write")
    mer.add_argument("--force", action="store_true", help="replace an --out of the other kind or another setup")


def merge(args) -> int:
    from ..files import check_writable, write_json
    from ..reports.claims_report import ResultsError
    from ..reports.merge import check_merge_output, check_replaces, merge_files

    try:
        check_writable(args.out, args.paths)
        check_merge_output(args.out)
        joined = merge_files(args.paths)
        check_replaces(args.out, joined, force=args.force)
    except ResultsError as error:
        raise Failure(_problems(error)) from None
    except ValueError as error:
        raise Failure(str(error)) from None
    write_json(args.out, joined)
    return _wrote([args.out])


def compare_arguments(parser: argparse.ArgumentParser) -> None:
    from ..compare import add_arguments

    add_arguments(parser)


def compare(args) -> int:
    from ..compare import run_command

    try:  # a slower row is a result (exit 0), a side that cannot run a failure
        return run_command(args, progress=lambda line: print(line, file=sys.stderr, flush=True))
    except (ValueError, RuntimeError) as error:
        raise Failure(str(error)) from None


def plot_arguments(plot: argparse.ArgumentParser) -> None:
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


def plot(args) -> int:
    from ..reports.plots import write_plots

    try:
        written = write_plots(calibration=args.calibration, comparisons=args.comparisons, out_dir=args.out_dir)
    except (RuntimeError, ValueError) as error:
        raise Failure(str(error)) from None
    return _wrote(written)
