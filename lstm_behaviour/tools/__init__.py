"""Maintainer tools, for a checkout only (not in the wheel; nothing imports them by default).

- ``generated_docs``: every generated file under docs/ and ``write_docs()``.
- ``mutation_md``: docs/mutation.md from a mutation run.
- ``setup_matrix``: setups.toml, the one list of setups (nox, the workflow, .ci/run).
"""
