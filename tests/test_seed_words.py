"""How a message names seeds (``stats.seeds.seed_words``): a seed rule's text quoted as written, a
list sorted and whole up to eight seeds, a longer one by its ends and its count."""

from __future__ import annotations

import pytest

from lstm_behaviour.stats.seeds import seed_words


@pytest.mark.parametrize(
    "seeds, words",
    [
        ("auto:5", "'auto:5'"),
        ("auto", "'auto'"),
        ([3, 1, 2], "[1, 2, 3]"),
        ((), "[]"),
        (range(8), "[0, 1, 2, 3, 4, 5, 6, 7]"),
        (range(3, 12), "[3, ..., 11] (9 seeds)"),
        ({40, 2, 7, 9, 11, 13, 15, 17, 19}, "[2, ..., 40] (9 seeds)"),
    ],
)
def test_seeds_are_named_one_way(seeds, words):
    assert seed_words(seeds) == words
