"""Writing result files whole or not at all, and checking output paths before the work.

- ``write_text``, ``write_bytes``, ``write_json``: one file, through a temporary file beside it
  and a rename, so a reader never sees half a file;
- ``write_all``: several files that belong together (a matrix and its badge): every temporary
  file is written first, and only then are they renamed into place;
- ``check_writable``: refuse an output path that is a directory, lies under a file, is in a
  folder that cannot be written, or is one of the command's inputs, before any work is done.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["check_writable", "read_json", "strict_json", "write_all", "write_bytes", "write_json", "write_text"]

MAX_BYTES = 64 * 1024 * 1024


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def strict_json(raw: bytes) -> object:
    """Parse JSON strictly: UTF-8, no NaN or Infinity, no duplicate keys, bounded size and
    nesting. A ValueError says what is wrong (without the file name)."""
    if len(raw) > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start})") from None
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        hint = "" if text.rstrip().endswith(("}", "]")) else " (truncated? it does not end with a closing bracket)"
        raise ValueError(f"not valid JSON{hint}: {error.msg} (line {error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise ValueError("nested too deeply") from None


def read_json(path: str | os.PathLike, what: str) -> object:
    """Read a JSON file strictly; a ValueError names the file and ``what`` it should have been."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ValueError(f"{path}: is a directory, not {what}") from None
    except OSError as error:
        raise ValueError(f"{path}: cannot read {what}: {error.strerror or error}") from None
    try:
        return strict_json(raw)
    except ValueError as error:
        raise ValueError(f"{path}: not {what}: {error}") from None


def check_writable(path: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> Path:
    """Return ``path`` if a file can be written there; a ValueError says why not."""
    path = Path(path)
    if path.is_dir():
        raise ValueError(f"{path} is a directory; give a file name")
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
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
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
