"""The stated constraints, checked on every case by `judge validate`."""

import numpy as np


def validate(args):
    x = np.asarray(args["image_emb"], dtype=np.float64)
    y = np.asarray(args["text_emb"], dtype=np.float64)
    assert x.ndim == 2 and y.shape == x.shape, f"image_emb and text_emb are (N, D) of one shape, got {x.shape} and {y.shape}"
    n, d = x.shape
    assert 1 <= n <= 256 and 1 <= d <= 512, f"1 <= N <= 256 and 1 <= D <= 512, got {x.shape}"
    for name, value in (("image_emb", x), ("text_emb", y)):
        assert np.all(np.isfinite(value)) and np.all(np.abs(value) <= 1e3), f"finite {name} with |entries| <= 1000"
        assert np.all(np.linalg.norm(value, axis=1) >= 1e-3), f"every row of {name} has L2 norm >= 1e-3"
    ls = args["logit_scale"]
    assert isinstance(ls, float) and -5.0 <= ls <= 10.0, "logit_scale is a float, -5 <= logit_scale <= 10"
