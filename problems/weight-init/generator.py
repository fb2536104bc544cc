"""Linear and conv shapes of 10^4 to 10^5 weights (enough for the statistical checks to tell
a wrong fan or gain), every kind and distribution, deterministic for the seed in problem.yaml."""

VARIANTS = [(kind, distribution) for kind in ("xavier", "kaiming") for distribution in ("uniform", "normal")]


def generate(rng):
    for shape in ([256, 96], [96, 64, 3, 3], [48, 32, 5], [16, 12, 3, 5, 5], [2, 20000]):
        for kind, distribution in VARIANTS:
            yield {
                "name": f"{kind} {distribution}, shape {tuple(shape)}",
                "args": {"shape": shape, "kind": kind, "distribution": distribution, "seed": rng.randrange(2**32)},
            }
