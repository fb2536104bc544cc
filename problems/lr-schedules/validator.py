"""The stated constraints, checked on every case by `judge validate`."""

KEYS = {
    "step": {"step_size", "gamma"},
    "multistep": {"milestones", "gamma"},
    "exponential": {"gamma"},
    "warmup_cosine": {"warmup_steps", "total_steps", "min_lr"},
}


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def validate(args):
    kind, base_lr, n, options = args["kind"], args["base_lr"], args["num_steps"], args["options"]
    assert kind in KEYS, f"kind is one of {sorted(KEYS)}, got {kind!r}"
    assert isinstance(base_lr, float) and 0 < base_lr <= 10, "0 < base_lr <= 10"
    assert _is_int(n) and 1 <= n <= 10**5, "1 <= num_steps <= 10^5"
    assert isinstance(options, dict) and set(options) == KEYS[kind], f"{kind} takes options {sorted(KEYS[kind])}, got {sorted(options)}"
    if "gamma" in options:
        assert isinstance(options["gamma"], float) and 0 < options["gamma"] <= 1, "0 < gamma <= 1"
    if kind == "step":
        assert _is_int(options["step_size"]) and options["step_size"] >= 1, "step_size >= 1"
    if kind == "multistep":
        milestones = options["milestones"]
        assert isinstance(milestones, list) and len(milestones) >= 1 and all(_is_int(m) and m >= 1 for m in milestones), (
            "milestones is a non-empty list of ints >= 1"
        )
        assert all(a < b for a, b in zip(milestones, milestones[1:])), "milestones strictly increase"
    if kind == "warmup_cosine":
        warmup, total, min_lr = options["warmup_steps"], options["total_steps"], options["min_lr"]
        assert _is_int(warmup) and _is_int(total) and 0 <= warmup < total, "0 <= warmup_steps < total_steps"
        assert isinstance(min_lr, float) and 0 <= min_lr <= base_lr, "0 <= min_lr <= base_lr"
