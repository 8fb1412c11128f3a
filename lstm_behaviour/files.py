"""Writing result files whole or not at all, and checking output paths before the work.

- ``write_text``, ``write_bytes``, ``write_json``: one file, through a temporary file beside it
  and a rename, so a reader never sees half a file;
- ``write_all``: several files that belong together (a matrix and its badge): every temporary
  file is written first, and only then are they renamed into place;
- ``check_writable``: refuse an output path that is a directory, something other than a regular
  file (a device, a pipe, a link: a rename would replace it), ``-``, lies under a file, is in a
  folder that cannot be written, or is one of the command's inputs, before any work is done
  (``write_all`` refuses the same targets again when it writes);
- ``read_bounded``: every reader's way in: a regular file only (a device, a pipe or a socket is
  refused by its type, before it is opened), read up to a cap and refused past it, so no input
  takes more memory than the cap;
- ``whole_number``: the one parser of whole numbers from outside (environment variables,
  options): ASCII digits only.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = [
    "BIDI",
    "CONTROL",
    "check_writable",
    "control_character",
    "escaped",
    "existing_json",
    "import_problem",
    "read_bounded",
    "read_json",
    "shown",
    "strict_json",
    "whole_number",
    "write_all",
    "write_bytes",
    "write_json",
    "write_text",
]

MAX_BYTES = 64 * 1024 * 1024
#: characters that reorder text when displayed (Unicode's bidirectional controls and marks): no
#: field of a results file holds one
BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: what no field a run writes holds: C0 and C1 control characters (escape sequences, newlines),
#: the bidirectional ones, zero-width ones (U+200B-U+200D, U+2060, U+FEFF) and the line and
#: paragraph separators U+2028 and U+2029
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]")


def control_character(text: str) -> str | None:
    """The first control character of ``text`` (``CONTROL``), described: "a bidirectional control
    character (U+202E)" or "a control character (U+001B)"; None where it holds none."""
    found = CONTROL.search(text)
    if not found:
        return None
    kind = "bidirectional control character" if BIDI.match(found.group()) else "control character"
    return f"a {kind} (U+{ord(found.group()):04X})"


def shown(text) -> str:
    """Text as one terminal line may show it: with a control or bidirectional character, its repr."""
    text = str(text)
    return repr(text) if CONTROL.search(text) else text


def import_problem(error: BaseException) -> str:
    """One line for a failed import or a warning turned into an error: what failed, and any file
    of the current folder named like a package the backend needs (Python imports it instead)."""
    if isinstance(error, Warning):
        return f"{type(error).__name__}: {error} (a warning made an error by -W error or PYTHONWARNINGS)"
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    line = f"cannot import {error.name or 'a package'}: {text}"
    names = {(error.name or "").split(".")[0], "keras", "tensorflow", "tf_keras", "jax", "torch", "numpy"} - {""}
    shadows = sorted(n for n in names if os.path.exists(f"{n}.py") or os.path.isdir(os.path.join(n, "")))
    if shadows:
        line += f"; the current folder holds {shadows[0]}.py or {shadows[0]}/, which Python imports in its place"
    return line


def escaped(message: str) -> str:
    """A message for the terminal: its lines kept, any other control or bidirectional character
    written as its escape (``\\x1b``), so that no input moves the cursor or reorders a line."""
    return "\n".join(
        CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), line) for line in message.split("\n")
    )


_ASCII_DIGITS = re.compile(r"[0-9]+\Z")


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is too large for a number (it reads as infinity)")
    return value


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def strict_json(raw: bytes) -> object:
    """Parse JSON strictly: UTF-8, no NaN or Infinity (nor a number too large to be finite), no
    duplicate keys, bounded size and nesting. A ValueError says what is wrong (without the file name)."""
    if len(raw) > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start})") from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        hint = "" if text.rstrip().endswith(("}", "]")) else " (truncated? it does not end with a closing bracket)"
        raise ValueError(f"not valid JSON{hint}: {error.msg} (line {error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if "\\u" in text.lower():  # an escaped lone surrogate ("\\ud800") decodes into text no file can hold
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError(f"holds a lone surrogate ({error.object[error.start]!r}): not Unicode text") from None
    return data


_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def read_bounded(path: str | os.PathLike, what: str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them; a ValueError (naming
    the file and ``what`` it should have been) for anything else, before reading it."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise ValueError(f"{path}: cannot read {what}: {error.strerror or error}") from None
    for test, kind in _KINDS:
        if test(mode):
            raise ValueError(f"{path}: is {kind}, not {what}")
    if not stat.S_ISREG(mode):
        raise ValueError(f"{path}: is not a regular file, not {what}")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        raise ValueError(f"{path}: cannot read {what}: {error.strerror or error}") from None
    if len(raw) > limit:
        raise ValueError(f"{path}: not {what}: larger than {limit // (1024 * 1024)} MiB")
    return raw


def existing_json(path: str | os.PathLike, what: str) -> tuple[bool, object]:
    """(whether ``path`` exists, its strict JSON or None where it is not JSON) for an output about
    to be replaced; a ValueError where it exists and is not a regular file, or cannot be looked at."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False, None
    except OSError as error:
        raise ValueError(f"{path}: {error.strerror or error}") from None
    if not stat.S_ISREG(mode):
        raise ValueError(f"{path} exists and is not a regular file; give a new path or {what} to replace")
    try:
        return True, strict_json(read_bounded(path, what))
    except ValueError:
        return True, None


def whole_number(text, what: str, low: int, high: int) -> int:
    """``text`` as a whole number from ``low`` to ``high``: ASCII digits only (no sign, no
    superscripts, no other scripts' digits, at most 12 of them); a ValueError says what was
    expected and what was got."""
    if not isinstance(text, str) or not (0 < len(text.strip()) <= 12) or not _ASCII_DIGITS.match(text.strip()):
        raise ValueError(f"{what} must be a whole number from {low} to {high}, got {text!r}")
    value = int(text.strip())
    if not low <= value <= high:
        raise ValueError(f"{what} must be a whole number from {low} to {high}, got {text!r}")
    return value


def read_json(path: str | os.PathLike, what: str) -> object:
    """Read a JSON file strictly; a ValueError names the file and ``what`` it should have been."""
    path = Path(path)
    raw = read_bounded(path, what)
    try:
        return strict_json(raw)
    except ValueError as error:
        raise ValueError(f"{path}: not {what}: {error}") from None


def check_writable(path: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> Path:
    """Return ``path`` if a file can be written there; a ValueError says why not."""
    try:
        return _check_writable(Path(path), inputs)
    except RuntimeError as error:  # Path.resolve on a symbolic link loop
        raise ValueError(f"{path}: {error}") from None
    except OSError as error:  # a name too long, a path the system refuses
        raise ValueError(f"{path}: {error.strerror or error}") from None


def _check_writable(path: Path, inputs: Iterable[str | os.PathLike]) -> Path:
    if str(path) == "-":
        raise ValueError("- (standard output) is not an output here; give a file name")
    if path.is_dir():
        raise ValueError(f"{path} is a directory; give a file name")
    if os.path.lexists(path) and not stat.S_ISREG(os.lstat(path).st_mode):
        raise ValueError(f"{path} exists and is not a regular file (a device, a pipe, a link, ...); give a file name")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise ValueError(f"{path} lies under {parent}, which is a file, not a folder")
            if not os.access(parent, os.W_OK | os.X_OK):
                raise ValueError(f"cannot write in {parent} (permission denied)")
            break
    for source in map(Path, inputs):
        same = path.resolve() == source.resolve() or (
            path.exists() and source.exists() and os.path.samefile(source, path)
        )
        if same:
            raise ValueError(f"{path} is also an input of this command; it would be overwritten")
    return path


def _temporary(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    # beside the target, named after it but short enough for any name the target may have
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:64]}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a results file is as readable as any other
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a temporary file beside it, then a rename."""
    write_all({path: data})


def write_all(files: Mapping[str | os.PathLike, bytes | str]) -> None:
    """Write several files together: all temporary files first, then the renames; if any
    temporary file cannot be written, none of the files is touched."""
    written: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            path = Path(path)
            if path.is_dir():
                raise IsADirectoryError(21, "is a directory, not a file", str(path))
            if os.path.lexists(path) and not stat.S_ISREG(os.lstat(path).st_mode):
                raise FileExistsError(17, "exists and is not a regular file; nothing was written", str(path))
            written.append((_temporary(path, data.encode("utf-8") if isinstance(data, str) else data), path))
        while written:  # a rename is atomic; a failure here leaves the files not yet renamed untouched
            tmp, path = written[0]
            os.replace(tmp, path)
            written.pop(0)
    finally:
        for tmp, _ in written:
            os.unlink(tmp)


def write_text(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    write_all({path: text})


def write_json(path: str | os.PathLike, data) -> None:
    """Write ``data`` as indented JSON, atomically."""
    write_text(path, json.dumps(data, indent=1, ensure_ascii=False, allow_nan=False) + "\n")
