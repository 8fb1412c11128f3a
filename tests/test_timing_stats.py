"""The decision rule of ``compare`` (stats/timing.py), on numbers worked by hand and on synthetic
comparisons: no backend, no training."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from lstm_behaviour.stats import timing


@pytest.mark.parametrize(
    ("p", "df", "table"),
    [  # Student's t quantiles as printed in standard tables (e.g. NIST/SEMATECH e-Handbook, 1.3.6.7.2)
        (0.975, 1, 12.706),
        (0.975, 4, 2.776),
        (0.975, 10, 2.228),
        (0.995, 29, 2.756),
        (0.95, 20, 1.725),
        (0.90, 5, 1.476),
    ],
)
def test_t_quantiles_match_the_printed_table(p, df, table):
    assert timing.t_quantile(p, df) == pytest.approx(table, abs=6e-4)
    assert timing.t_quantile(1 - p, df) == pytest.approx(-table, abs=6e-4)


def test_an_interval_worked_by_hand():
    """Log ratios 0.1, 0.2, 0.3, 0.2, 0.2: mean 0.2, sd sqrt(0.02 / 4) = 0.0707107; half-width
    2.776445 * 0.0707107 / sqrt(5) = 0.0877979; ratio e^0.2 = 1.221403 in [e^0.1122021, e^0.2877979],
    that is [1.118738, 1.333489]."""
    reference = [1.0] * 5
    other = [math.exp(v) for v in (0.1, 0.2, 0.3, 0.2, 0.2)]
    d = timing.decide_row(reference, other)
    assert (d.ratio, d.low, d.high) == pytest.approx((1.221403, 1.118738, 1.333489), abs=2e-6)
    assert d.spread == pytest.approx(0.0707107, abs=1e-7)
    assert d.verdict == "slower"


def test_the_interval_is_simultaneous_over_the_rows():
    """Over 4 rows each interval is a 1 - 0.05/4 one: t(0.99375, 4) = 4.3147 (scipy.stats.t.ppf) in place of 2.7764."""
    reference, other = [1.0] * 5, [math.exp(v) for v in (0.1, 0.2, 0.3, 0.2, 0.2)]
    one, four = timing.decide_row(reference, other), timing.decide_row(reference, other, rows=4)
    ratio = (math.log(four.high) - 0.2) / (math.log(one.high) - 0.2)
    assert ratio == pytest.approx(4.3147 / 2.7764, abs=1e-3)


@pytest.mark.parametrize(
    ("logs", "verdict"),
    [
        ([0.2] * 5, "slower"),  # no spread: the interval is the point
        ([-0.2] * 5, "faster"),
        ([0.01] * 5, "same"),  # within 5%
        ([0.03, 0.04] * 3, "same"),  # excludes 1, but within the effect: same, not slower
        ([0.04, 0.045] * 3, "same"),
        ([0.0, 0.3, -0.2, 0.25, 0.1], "undecided"),  # too noisy for any
        ([-0.03, 0.02, -0.05, 0.01, -0.02], "not slower"),  # mean -0.014, interval [-0.0498, 0.0218]: no 5% slowdown
        ([0.03, -0.02, 0.05, -0.01, 0.02], "not faster"),  # the mirror
        ([0.06, 0.04, 0.05, 0.03, 0.07], "slower"),  # mean 0.05 >= ln 1.05 and the interval excludes 0
        ([0.2] * 4, "undecided"),  # fewer than MIN_ROUNDS
        ([0.07, 0.05, 0.06, 0.03, 0.09], "slower"),  # interval [1.033, 1.092] excludes 1, estimate 6.2%
    ],
)
def test_verdicts(logs, verdict):
    assert timing.decide_row([1.0] * len(logs), [math.exp(v) for v in logs]).verdict == verdict


def test_a_small_but_real_difference_is_not_called_slower():
    """Estimate 3%, interval excluding 1 and reaching past 5%: below the smallest effect, so not
    called slower, and not within it either, so not same: not faster (one-sided)."""
    d = timing.decide_row([1.0] * 5, [math.exp(v) for v in (0.0, 0.05, 0.03, 0.045, 0.025)])
    assert d.low > 1 and d.high > 1.05 and d.ratio < 1.05
    assert d.verdict == "not faster"


def test_bad_times_are_refused():
    with pytest.raises(ValueError, match="as many on both sides; got 2 and 3"):
        timing.decide_row([1, 1], [1, 1, 1])
    with pytest.raises(ValueError, match="finite and positive"):
        timing.decide_row([1, 0], [1, 1])
    with pytest.raises(ValueError, match="finite and positive"):
        timing.decide_row([1, float("nan")], [1, 1])
    with pytest.raises(ValueError, match="0 < p < 1"):
        timing.t_quantile(1.0, 3)


def test_one_round_has_no_interval_and_records_none():
    d = timing.decide_row([1.0], [2.0])
    assert d.verdict == "undecided"
    assert d.record() == {"rounds": 1, "ratio": 2.0, "low": None, "high": None, "spread": None, "verdict": "undecided"}


def test_all_decided():
    decided = timing.decide({"a": ([1.0] * 5, [1.0] * 5), "b": ([1.0] * 5, [2.0] * 5)})
    assert [d.verdict for d in decided.values()] == ["same", "slower"]
    assert timing.all_decided(decided)
    assert not timing.all_decided({})
    assert not timing.all_decided(timing.decide({"a": ([1.0] * 4, [1.0] * 4)}))


def test_detectable_effect_worked_by_hand():
    """30 rounds, spread 0.1, one row: (t(0.975, 29) + t(0.8, 29)) * 0.1 / sqrt(30) =
    (2.0452 + 0.8542) * 0.018257 = 0.052935: e^0.052935 - 1 = 5.44%."""
    assert timing.detectable(0.1, 30, 1) == pytest.approx(0.0543, abs=2e-4)
    assert timing.detectable(0.001, 30, 1) == pytest.approx(timing.EFFECT)  # never below the effect
    assert timing.detectable(0.1, 1, 1) == math.inf


def test_rounds_needed_worked_by_hand():
    """Ratio 1.0, spread 0.1, one row, effect 5%: "same" needs t(0.975, n-1) * 0.1 / sqrt(n) <=
    ln 1.05 = 0.04879; at n = 19, 2.1009 * 0.1 / 4.3589 = 0.04820 fits and at n = 18,
    2.1098 * 0.1 / 4.2426 = 0.04973 does not: 19 rounds. At 10%, ln 1.1 = 0.09531: n = 7 gives
    2.4469 * 0.1 / 2.6458 = 0.09248 and n = 6 gives 2.5706 * 0.1 / 2.4495 = 0.10495: 7 rounds."""
    assert timing.rounds_needed(1.0, 0.1, 1) == 19
    assert timing.rounds_needed(1.0, 0.1, 1, effect=0.1) == 7
    # just inside the effect: "not faster" once the interval's low end clears -ln 1.05, at n = 7:
    # 0.04870 - 2.4469 * 0.1 / 2.6458 = -0.04378 >= -0.04879, where n = 6 gives -0.05625
    assert timing.rounds_needed(1.0499, 0.1, 1) == 7
    assert timing.rounds_needed(1.0, 0.1, 1, cap=18) is None  # not within its cap
    assert timing.rounds_needed(1.0, 0.0, 1) == timing.MIN_ROUNDS
    with pytest.raises(ValueError, match="positive ratio and a finite spread"):
        timing.rounds_needed(0.0, 0.1, 1)


def test_a_larger_effect_never_calls_more():
    """The same simulated self-comparisons at 5% and at 10%: a call needs the interval to exclude 1
    and an estimate beyond the effect, so the wider effect calls in no more runs."""
    five, ten = (timing.simulate(slowdown=0.0, rows=5, spread=0.05, runs=300, seed=4, effect=e) for e in (0.05, 0.1))
    assert ten["any_call"] <= five["any_call"] and five["any_call"] > 0


SPREAD = timing.SPREAD


def test_an_environment_against_itself_is_rarely_called_slower_or_faster():
    """2,000 sequential comparisons of an environment with itself, 19 rows, log-normal noise of
    SPREAD and one process in ten 30% slow: the share calling any row slower or faster is within
    FAMILY_FALSE_ALARM (with a binomial margin of three standard errors)."""
    runs = 2000
    sim = timing.simulate(slowdown=0.0, spread=SPREAD, runs=runs, seed=1)
    margin = 3 * math.sqrt(timing.FAMILY_FALSE_ALARM * (1 - timing.FAMILY_FALSE_ALARM) / runs)
    assert sim["any_call"] <= timing.FAMILY_FALSE_ALARM + margin


def test_a_20_percent_slowdown_is_called_slower_with_the_stated_power():
    runs = 400
    sim = timing.simulate(slowdown=0.20, spread=SPREAD, runs=runs, seed=2)
    margin = 3 * math.sqrt(timing.POWER_20 * (1 - timing.POWER_20) / runs)
    assert sim["row_slower"] >= timing.POWER_20 - margin


def test_the_false_alarm_rate_holds_at_any_spread():
    """The interval is a t interval on each row's own spread, so the false-alarm rate does not
    grow with the noise (only the power falls): 2,000 self-comparisons at a spread of 30%."""
    runs = 2000
    sim = timing.simulate(slowdown=0.0, spread=0.30, runs=runs, seed=3)
    margin = 3 * math.sqrt(timing.FAMILY_FALSE_ALARM * (1 - timing.FAMILY_FALSE_ALARM) / runs)
    assert sim["any_call"] <= timing.FAMILY_FALSE_ALARM + margin


def test_the_stated_spread_is_above_the_one_measured_here():
    """SPREAD (the power's premise) against the committed self-comparison: per row, the spread of
    one process's time is the standard deviation of the two copies' log ratio over the rounds
    divided by sqrt(2); the median row's is within SPREAD."""
    import json
    import statistics
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "comparisons" / "tf-2.21-self-and-planted.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    a, b = data["sides"][0]["name"], data["sides"][1]["name"]
    assert b == f"{a}#2", "the first two sides are one environment twice"
    spreads = []
    for item in data["design"]["items"]:
        logs = [
            math.log(min(r["times"][b]["times"][item]["cpu"]) / min(r["times"][a]["times"][item]["cpu"]))
            for r in data["rounds"]
        ]
        spreads.append(statistics.stdev(logs) / math.sqrt(2))
    assert len(data["rounds"]) >= 10
    assert statistics.median(spreads) <= timing.SPREAD, sorted(spreads)


@pytest.mark.parametrize("ratio", [1.05, 1 / 1.05, 1.0499, 1.0501, 1.0, 0.97])
def test_a_ratio_at_or_near_the_effect_is_decided_in_finitely_many_rounds(ratio):
    """The one-sided verdicts settle the ratios that "same" and "slower" alone leave undecided
    forever: with a spread of 0.08 over 19 rows every one of these is decided within 40 rounds."""
    n = timing.rounds_needed(ratio, 0.08, 19, cap=40)
    assert n is not None and n <= 40
    logs = [math.log(ratio) + 0.08 * z for z in (-(1.6**0.5), -(0.4**0.5), 0.0, 0.4**0.5, 1.6**0.5)] * 8
    assert timing.decide_row([1.0] * 40, [math.exp(v) for v in logs], rows=19).verdict != "undecided"


def test_the_continued_fraction_survives_a_zero_first_denominator():
    """Lentz's method starts from d = 1 - (a + b) x / (a + 1), zero at x = (a + 1) / (a + b); its
    guard puts a tiny number there instead of dividing by zero. The fraction is then still right:
    I_x(2, 2) = 3x^2 - 2x^3 and I_x(1, 3) = 1 - (1 - x)^3, so with I_x = x^a (1 - x)^b betacf / (a B(a, b))
    betacf(2, 2, 3/4) = 0.84375 / (0.5625 * 0.0625 * 6 / 2) = 8 and betacf(1, 3, 1/2) = 0.875 / 0.1875 = 14/3."""
    assert timing._betacf(2, 2, 0.75) == pytest.approx(8.0, rel=1e-12)
    assert timing._betacf(1, 3, 0.5) == pytest.approx(14 / 3, rel=1e-12)


def test_the_incomplete_beta_at_its_ends_and_student_t_below_zero():
    """I_0(a, b) = 0 and I_1(a, b) = 1 (outside [0, 1] the ends hold); P(T <= t) for Cauchy (df = 1)
    is 1/2 + atan(t)/pi: 1/4 at t = -1, 3/4 at t = 1."""
    assert timing._beta_inc(2, 2, 0.0) == 0.0 and timing._beta_inc(2, 2, -0.5) == 0.0
    assert timing._beta_inc(2, 2, 1.0) == 1.0 and timing._beta_inc(2, 2, 1.5) == 1.0
    assert timing.t_cdf(-1.0, 1) == pytest.approx(0.25, abs=1e-12)
    assert timing.t_cdf(1.0, 1) == pytest.approx(0.75, abs=1e-12)


def _exact_beta(a: int, b: int, x: Fraction) -> Fraction:
    """I_x(a, b) for whole a and b, exactly: the chance of at least a successes in a + b - 1 trials
    of probability x (the binomial sum, e.g. Abramowitz and Stegun 26.5.24)."""
    n = a + b - 1
    return sum((math.comb(n, j) * x**j * (1 - x) ** (n - j) for j in range(a, n + 1)), Fraction(0))


def _exact_fraction(a: int, b: int, x: Fraction) -> float:
    """The continued fraction's value, from I_x = x^a (1 - x)^b betacf / (a B(a, b))."""
    front = Fraction(math.factorial(a + b - 1), math.factorial(a - 1) * math.factorial(b - 1)) * x**a * (1 - x) ** b
    return float(_exact_beta(a, b, x) * a / front)


@pytest.mark.parametrize(
    ("a", "b", "x", "where"),
    [  # found by walking the recurrences over whole a, b <= 24 and x = k/512 in exact binary
        (1, 2, Fraction(3, 4), "d = 1 + aa d is exactly 0 at the first half-step (m = 1)"),
        (1, 7, Fraction(1, 2), "d is exactly 0 at the second half-step (m = 2), where a factor is -1"),
        (2, 8, Fraction(15, 16), "c = 1 + aa / c is exactly 0 at the second half-step (m = 1)"),
        (1, 9, Fraction(3, 4), "aa = c at the first half-step: 1 - aa / c is 0, 1 + aa / c is 2"),
        (3, 9, Fraction(1, 2), "aa c = -1 at the second half-step, 1 + aa / c is not 0"),
    ],
)
def test_lentz_guards_keep_the_fraction_right_where_a_denominator_is_zero(a, b, x, where):
    """Lentz's method puts a tiny number where a denominator is exactly zero instead of dividing by
    it (Numerical Recipes, 3rd ed., 5.2 and 6.4); at these inputs (outside the side of the switch point
    that ``_beta_inc`` uses, where the fraction still converges) a denominator is zero, or an
    expression a slip in a guard would test is; the value still matches the exact binomial sum."""
    assert timing._betacf(a, b, float(x)) == pytest.approx(_exact_fraction(a, b, x), rel=1e-9), where


@pytest.mark.parametrize(("a", "b"), [(a, b) for a in (1, 2, 5, 20, 60, 150) for b in (1, 2, 5, 20, 60, 150)])
def test_the_incomplete_beta_matches_the_binomial_sum(a, b):
    """On both sides of the switch point x = (a + 1) / (a + b + 2), which picks the side where the
    continued fraction converges quickly, I_x(a, b) equals the exact binomial sum to 1e-12."""
    for k in range(1, 16):
        x = Fraction(k, 16)
        assert timing._beta_inc(a, b, float(x)) == pytest.approx(float(_exact_beta(a, b, x)), abs=1e-12), (a, b, x)


def test_a_time_at_either_end_of_the_range_is_a_time():
    """``TIME_RANGE`` is inclusive: a nanosecond and a day are times an item can take; outside, not."""
    low, high = timing.TIME_RANGE
    assert timing.is_time(low) and timing.is_time(high) and timing.is_time(1)
    assert not timing.is_time(low / 2) and not timing.is_time(high * 2) and not timing.is_time(True)


def test_a_row_of_no_one_or_two_rounds():
    """No rounds: no ratio (NaN); one round: that round's ratio with an unbounded interval; two
    rounds: the geometric mean of their ratios, with the t interval of one degree of freedom
    (mean +- 12.706 sd / sqrt 2 on the log scale, the printed 97.5% quantile); all undecided."""
    none = timing.decide_row([], [])
    assert none.rounds == 0 and math.isnan(none.ratio) and none.verdict == "undecided"
    one = timing.decide_row([1.0], [1.5])
    assert (one.rounds, one.ratio, one.low, one.high, one.verdict) == (
        1,
        pytest.approx(1.5),
        0.0,
        math.inf,
        "undecided",
    )
    two = timing.decide_row([1.0, 1.0], [1.1, 1.3])
    logs = [math.log(1.1), math.log(1.3)]
    sd = abs(logs[1] - logs[0]) / math.sqrt(2)
    assert two.rounds == 2 and two.ratio == pytest.approx(math.sqrt(1.1 * 1.3))
    assert two.spread == pytest.approx(sd) and two.verdict == "undecided"
    assert two.high == pytest.approx(math.exp(sum(logs) / 2 + 12.706 * sd / math.sqrt(2)), rel=1e-3)
    with pytest.raises(ValueError, match=r"^times must be finite and positive$"):
        timing.decide_row([1.0], [0.0])


def test_the_simulations_defaults_are_no_slowdown_seed_0_and_2000_runs():
    assert timing.simulate(rows=1, cap=timing.MIN_ROUNDS) == timing.simulate(
        rows=1, cap=timing.MIN_ROUNDS, slowdown=0.0, seed=0, runs=2000
    )


def test_a_simulated_row_far_slower_is_decided_at_the_first_round_that_may_decide():
    """B twice as slow, with a spread of 1%: every run calls it slower at ``MIN_ROUNDS``, the first
    round a verdict may be given."""
    sim = timing.simulate(slowdown=1.0, rows=1, spread=0.01, spikes=0.0, runs=10)
    assert sim["mean_rounds"] == timing.MIN_ROUNDS and sim["every_slower"] == 1.0


def _tie(target: float, sign: int, half_near: float, n: int = 5) -> tuple[float, float]:
    """A mean and a spread whose interval end ``mean + sign * half`` is exactly ``target``, with
    ``half`` (the rule's half-width at n rounds, one row) near ``half_near``."""
    t = timing.t_quantile(1 - timing.ALPHA / 2, n - 1)
    for k in range(1000):
        sd = half_near * (1 + k * 1e-6) * math.sqrt(n) / t
        half = t * sd / math.sqrt(n)
        mean = target - sign * half
        if mean + sign * half == target:
            return mean, sd
    raise AssertionError("no exact tie found")


B = math.log1p(timing.EFFECT)


@pytest.mark.parametrize(
    ("mean", "sd", "verdict"),
    [
        (B, 0.0, "slower"),  # at the effect exactly, with no spread: slower (>=)
        (-B, 0.0, "faster"),  # and faster (<=)
        (-0.01, 0.0, "same"),  # below 1 but inside the effect: not faster
        (*_tie(0.0, -1, 0.1), "undecided"),  # interval starting at exactly 1: not slower (> 0)
        (*_tie(0.0, +1, 0.1), "undecided"),  # interval ending at exactly 1: not faster (< 0)
        (*_tie(-B, -1, 0.5 * B), "same"),  # interval starting at -effect: inside (>=)
        (*_tie(B, +1, 0.5 * B), "same"),  # interval ending at +effect: inside (<=)
        (*_tie(B, +1, 1.5 * B), "not slower"),  # ending at +effect, starting below -effect (<=)
        (*_tie(-B, -1, 1.5 * B), "not faster"),  # starting at -effect, ending above +effect (>=)
        (-B, 1.5 * B * math.sqrt(5) / timing.t_quantile(1 - timing.ALPHA / 2, 4), "undecided"),  # mean at -effect
        (B, 1.5 * B * math.sqrt(5) / timing.t_quantile(1 - timing.ALPHA / 2, 4), "undecided"),  # mean at +effect
    ],
)
def test_the_verdict_at_its_ties(mean, sd, verdict):
    """Each comparison of the rule where the interval's end or the mean meets 1 or the effect
    exactly, with the verdict worked by hand from docs/benchmarks.md's rule: "slower" and "faster"
    need the interval past 1 and the mean at or past the effect; "same" the interval within the
    effect (ends included); "not slower" / "not faster" the interval's one end within it and the
    mean strictly inside."""
    assert timing._verdict(5, mean, sd, 1, timing.ALPHA, timing.EFFECT, timing.MIN_ROUNDS)[1] == verdict
