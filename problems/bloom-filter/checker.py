"""Bloom filter rules: no false negatives, a false-positive rate within the requested one,
and memory near the optimal bit count. The reference's own answers are not used."""

import math

LN2 = math.log(2)


def optimal_bits(capacity, error_rate):
    """m = ceil(-capacity * ln(error_rate) / (ln 2)^2), the bit count of an optimal filter."""
    return max(1, math.ceil(-capacity * math.log(error_rate) / (LN2 * LN2)))


def optimal_hashes(capacity, m):
    return max(1, round(m / capacity * LN2))


def memory_limit(capacity, error_rate):
    return 16 * math.ceil(optimal_bits(capacity, error_rate) / 8) + 4096


def allowed_rate(capacity, error_rate):
    """p* = min(1, error_rate * exp(3k / sqrt(m)) + k / m)."""
    m = optimal_bits(capacity, error_rate)
    k = optimal_hashes(capacity, m)
    return min(1.0, error_rate * math.exp(3 * k / math.sqrt(m)) + k / m)


def allowed_false_positives(q, rate):
    """The most false positives tolerated among q negative queries: q*p* + 6*sqrt(q*p*(1-p*)) + 12."""
    return q * rate + 6 * math.sqrt(q * rate * (1 - rate)) + 12


def check(args, expected, got, extras):
    operations, arguments = args["operations"], args["arguments"]
    capacity, error_rate = arguments[0]
    if not isinstance(got, list) or len(got) != len(operations):
        return False, f"expected a list of {len(operations)} outputs, got {type(got).__name__}"
    if got[0] is not None:
        return False, f"outputs[0]: the constructor's output must be null, got {got[0]!r}"

    added = set()
    negatives = {}  # item -> the answer at its first query made before it was added
    for index in range(1, len(operations)):
        name, item, answer = operations[index], arguments[index][0], got[index]
        if name == "add":
            if answer is not None:
                return False, f"outputs[{index}]: add() returns nothing (null), got {answer!r}"
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
                f"({false_positives / q:.4f}), over {math.floor(allowance)} allowed ({allowance / q:.4f}) "
                f"for error_rate {error_rate:g} with capacity {capacity}"
            )

    retained = extras.get("retained_bytes")
    if retained is not None:
        limit = memory_limit(capacity, error_rate)
        if retained > limit:
            m = optimal_bits(capacity, error_rate)
            return False, (
                f"memory too high: the filter holds {retained} bytes, {retained - limit} over the limit of {limit} "
                f"(16 * ceil(m / 8) + 4096 with m = {m} optimal bits; {retained / m:.2f} bytes per bit)"
            )
    return True, ""


def _short(item):
    text = repr(item)
    return text if len(text) <= 40 else text[:37] + "...'"
