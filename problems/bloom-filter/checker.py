"""Bloom filter rules: no false negatives, a false-positive rate within the requested one,
and memory near the optimal bit count. The reference's own answers are not used."""

import math

LN2 = math.log(2)


def optimal_bits(capacity, error_rate):
    """m = ceil(-capacity * ln(error_rate) / (ln 2)^2), the bit count of an optimal filter."""
    return max(1, math.ceil(-capacity * math.log(error_rate) / (LN2 * LN2)))


def optimal_hashes(capacity, m):
    return max(1, round(m / capacity * LN2))


# The judge measures memory from outside the solution's process, in whole
# pages: what the interpreter itself allocates while running 5 * 10^4 calls of
# the reference comes to 130 KiB at most, and this allowance is twice that.
SLACK_BYTES = 256 * 1024


def memory_limit(capacity, error_rate):
    return 16 * math.ceil(optimal_bits(capacity, error_rate) / 8) + SLACK_BYTES


# Rule 2, false positives. Each item queried before (or without) being added is a trial, counted
# once. Model: the filter's hashes behave like random functions, so each such trial, given all
# that came before it, is a false positive with probability the filter's true rate r at that
# moment. If r <= p* throughout, the count fp is stochastically at most Binomial(q, p*); rejecting
# only when fp > a, for the smallest a with P(Binomial(q, p*) > a) < FAILURE, rejects a correct
# filter with probability below FAILURE, for every q and p* (an exact tail, summed term by term:
# no normal approximation, no fudge term).
#
# p* is the smallest of three upper bounds on r for a filter of the statement's m and k:
#   1, trivially;
#   error_rate * exp(3k / sqrt(m)) + k / m: the rate (bits set / m)^k when the fraction of bits set
#     runs a few standard deviations (~1 / sqrt(m)) above its mean, plus k / m for the probes that
#     collide when k positions come from two hashes (double hashing);
#   capacity * k / m: at most capacity distinct items were added, each setting at most k bits, so
#     at most capacity * k of the m bits are set, and a never-added item is reported present only
#     if its first probe, a uniform position, is one of them. This holds for every filter state,
#     not just likely ones, and it is what keeps tiny filters honest: for capacity <= 14 at
#     error_rate 0.5 the second bound exceeds 1, and the old rule (q * p* + 6 sigma + 12, with
#     p* = 1) accepted a filter that answers true to everything. Now capacity 1 at error_rate 0.5
#     (m = 2, k = 1, one bit of two set) allows p* = 0.5: at most 210 of 300 never-added items.
FAILURE = 1e-12


def allowed_rate(capacity, error_rate):
    """p* = min(1, error_rate * exp(3k / sqrt(m)) + k / m, capacity * k / m)."""
    m = optimal_bits(capacity, error_rate)
    k = optimal_hashes(capacity, m)
    return min(1.0, error_rate * math.exp(3 * k / math.sqrt(m)) + k / m, capacity * k / m)


def allowed_false_positives(q, rate, failure=FAILURE):
    """The most false positives tolerated among q never-added items: the smallest a with
    P(Binomial(q, rate) > a) < failure, the tail summed exactly from the top."""
    if rate <= 0.0:
        return 0
    if rate >= 1.0:
        return q
    log_rate, log_miss, log_all = math.log(rate), math.log1p(-rate), math.lgamma(q + 1)
    allowance, tail = q, 0.0  # tail = P(X > allowance)
    while allowance > 0:
        i = allowance
        term = math.exp(log_all - math.lgamma(i + 1) - math.lgamma(q - i + 1) + i * log_rate + (q - i) * log_miss)
        if tail + term >= failure:
            break
        tail += term
        allowance -= 1
    return allowance


def check(args, expected, got, extras):
    operations, arguments = args["operations"], args["arguments"]
    capacity, error_rate = arguments[0]
    if not isinstance(got, list) or len(got) != len(operations):
        return False, f"expected a list of {len(operations)} outputs, got {type(got).__name__}"

    added = set()
    negatives = {}  # item -> the answer at its first query made before it was added
    for index in range(1, len(operations)):
        name, item, answer = operations[index], arguments[index][0], got[index]
        if name == "add":
            # add() is declared as returning nothing: the judge has already set its outputs to null.
            added.add(item)
            continue
        if not isinstance(answer, bool):
            return False, f"outputs[{index}]: contains() must return a bool, got {answer!r}"
        if item in added:
            if not answer:
                return False, f"false negative: contains({_short(item)}) returned false at call {index}, after {_short(item)} was added"
        elif item not in negatives:
            negatives[item] = answer

    q = len(negatives)
    if q:
        false_positives = sum(negatives.values())
        rate = allowed_rate(capacity, error_rate)
        allowance = allowed_false_positives(q, rate)
        if false_positives > allowance:
            return False, (
                f"false-positive rate too high: {false_positives} of {q} items never added were reported present "
                f"({false_positives / q:.4f}), over {allowance} allowed ({allowance / q:.4f}) "
                f"for error_rate {error_rate:g} with capacity {capacity}"
            )

    retained = extras.get("retained_bytes")
    if retained is not None:
        limit = memory_limit(capacity, error_rate)
        if retained > limit:
            m = optimal_bits(capacity, error_rate)
            return False, (
                f"memory too high: the filter holds {retained} bytes, {retained - limit} over the limit of {limit} "
                f"(16 * ceil(m / 8) + 256 KiB with m = {m} optimal bits); items kept anywhere, in the instance, "
                "the class, the module, mmap, files or helper processes, count"
            )
    return True, ""


def _short(item):
    text = repr(item)
    return text if len(text) <= 40 else text[:37] + "...'"
