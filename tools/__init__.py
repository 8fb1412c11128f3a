"""Maintainer tools, for a checkout only: run from its root (``python -m tools.<module>``); they
import ``lstm_behaviour``, which never imports them, and the wheel leaves them out.

- ``generated_docs``: every generated file under docs/ and ``write_docs()`` (``python -m tools.generated_docs``).
- ``keras_versions``: the JAX state finding over Keras's releases (``nox -s upstream_versions``);
  ``keras_patch``: the candidate patch built and put to Keras's own tests (``nox -s keras_own_tests``).
- ``mutation_md``: docs/mutation.md from a mutation run.
- ``setup_matrix``: setups.toml (``lstm_behaviour.spec.matrix``) for nox, the workflow and .ci/run.
"""
