"""Command line: ``python -m lstm_behaviour {reproduce,calibrate,check-state,validate,matrix,merge,compare,plot}``.

- ``reproduce``: train the article's rows over seeds and print each experiment's table, the
  article's value beside the measured median and range.
- ``calibrate``: train every row over many seeds and add the raw records to a calibration file
  (data/calibration/), resuming where it stopped; ``--article brownlee``: the rows of Brownlee's
  tutorial (data/brownlee/, docs/brownlee.md).
- ``check-state MODULE:FUNCTION``: whether a stateful model of your own keeps its state in each
  Keras API call (``engine.state_check``), as a table; exit status 1 where one does not.
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

``COMMANDS`` below is the one table of the commands: each one's name, help line, arguments,
runner and what it needs (Keras loaded; the article's float32), in the order ``--help`` lists
them; ``commands`` holds each command's arguments and runner side by side.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from ..engine.backends import BACKENDS
from ..engine.environment import EnvironmentProblem, check_environment, check_floatx, exit_on_second_interrupt
from ..files import escaped, import_problem
from . import commands as c

__all__ = ["COMMANDS", "Command", "main"]

PROG = "lstm-behaviour"


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2: no usage dump
        self.exit(2, f"{self.prog}: error: {message}\n")


@dataclass(frozen=True)
class Command:
    """One command of the CLI: its name and help line, the arguments it takes, the function that runs it."""

    name: str
    help: str
    run: Callable[[argparse.Namespace], int]
    arguments: Callable[[argparse.ArgumentParser], None] = c.no_arguments
    keras: bool = False  # runs Keras: the backend must load (the others read and write files only)
    trains: bool = False  # trains the article's rows: --backend, and the float32 they were calibrated on


#: every command, in the order ``--help`` lists them
COMMANDS = (
    Command(
        "reproduce",
        "train the article's rows and print its tables beside ours",
        c.reproduce,
        c.reproduce_arguments,
        keras=True,
        trains=True,
    ),
    Command(
        "calibrate",
        "train every row over seeds and save the raw records",
        c.calibrate,
        c.calibrate_arguments,
        keras=True,
        trains=True,
    ),
    Command(
        "check-state",
        "does a stateful Keras model keep its state in fit, predict, evaluate, ...? (exit 1 if not)",
        c.check_state,
        c.check_state_arguments,
        keras=True,
    ),
    Command("validate", "check claims reports written by pytest --claims-report", c.validate, c.validate_arguments),
    Command("matrix", "claims x setups: docs/results.md and the badge", c.matrix, c.matrix_arguments),
    Command(
        "merge",
        "join claims reports (or calibration files) of one setup over disjoint seeds into one",
        c.merge,
        c.merge_arguments,
    ),
    Command("compare", "is one environment slower than another? decided per row", c.compare, c.compare_arguments),
    Command("plot", "images of the committed results (needs the plot extra)", c.plot, c.plot_arguments),
)


def _parser() -> argparse.ArgumentParser:
    names = ",".join(command.name for command in COMMANDS)
    parser = _Parser(prog=PROG, description=f"Command line: ``python -m lstm_behaviour {{{names}}}``.")
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
    for command in COMMANDS:
        command.arguments(sub.add_parser(command.name, parents=[backend] if command.trains else [], help=command.help))
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m lstm_behaviour`` and ``lstm-behaviour``."""
    args = _parser().parse_args(argv)
    command = next(command for command in COMMANDS if command.name == args.command)
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
        check_environment(backend_needed=command.keras)
        if command.trains:  # the article's runs: calibrated on float32
            check_floatx()
    except EnvironmentProblem as problem:
        print(f"{PROG}: error: {problem}", file=sys.stderr)
        return 2
    exit_on_second_interrupt()
    try:
        return command.run(args)
    except c.Failure as failure:
        print(f"{PROG} {args.command}: error: {escaped(str(failure))}", file=sys.stderr)
        return 1
    except c.Usage as problem:
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
