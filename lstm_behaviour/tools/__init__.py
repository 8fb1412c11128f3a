"""Maintainer tools, for a checkout only (not in the wheel; nothing imports them by default).

- ``generated_docs``: every generated file under docs/ and ``write_docs()``.
- ``keras_versions``: the JAX state finding over Keras's releases (``nox -s upstream_versions``);
  ``keras_patch``: the candidate patch built and put to Keras's own tests (``nox -s keras_own_tests``).
- ``mutation_md``: docs/mutation.md from a mutation run.
- ``setup_matrix``: setups.toml, the one list of setups (nox, the workflow, .ci/run).
"""
