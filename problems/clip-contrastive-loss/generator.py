"""Random batches of matched image/text embeddings (text = image + noise, so pairs are
similar but not equal) at several sizes, norms and logit scales, including CLIP's initial
scale (1 / 0.07) and its cap (100), and the numerically nasty ones: exp(logit_scale) near
22026, duplicated rows (tied logits), rows of very different norms. Deterministic for the
seed in problem.yaml."""

import math


def _rows(rng, n, d, scale):
    return [[rng.gauss(0.0, scale) for _ in range(d)] for _ in range(n)]


def _pairs(rng, n, d, logit_scale, noise=0.5, scale=1.0):
    image = _rows(rng, n, d, scale)
    text = [[a + rng.gauss(0.0, noise * scale) for a in row] for row in image]
    return {"image_emb": image, "text_emb": text, "logit_scale": logit_scale}


def _clip_rows(rows, bound=1000.0):
    return [[max(-bound, min(bound, a)) for a in row] for row in rows]


def generate(rng):
    yield {"name": "N=4, D=8, CLIP's initial scale 1/0.07", "args": _pairs(rng, 4, 8, math.log(1 / 0.07))}
    yield {"name": "N=32, D=64, CLIP's cap exp(logit_scale) = 100", "args": _pairs(rng, 32, 64, math.log(100.0))}
    yield {"name": "N=128, D=256, logit_scale 1", "args": _pairs(rng, 128, 256, 1.0, noise=2.0)}
    yield {"name": "N=256, D=512, logit_scale 3", "args": _pairs(rng, 256, 512, 3.0, noise=1.0)}
    yield {"name": "N=64, D=32, logit_scale 10 (scale about 22026)", "args": _pairs(rng, 64, 32, 10.0, noise=0.3)}
    yield {"name": "N=16, D=16, logit_scale 7, noisy pairs", "args": _pairs(rng, 16, 16, 7.0, noise=3.0)}
    yield {"name": "N=8, D=4, logit_scale -5 (nearly uniform)", "args": _pairs(rng, 8, 4, -5.0)}
    case = _pairs(rng, 12, 6, 10.0, noise=0.2)
    for i in range(1, 4):  # rows 0..3 of each side identical: exactly tied logits
        case["image_emb"][i] = list(case["image_emb"][0])
        case["text_emb"][i] = list(case["text_emb"][0])
    yield {"name": "N=12, D=6, logit_scale 10, four identical pairs (ties)", "args": case}
    case = _pairs(rng, 20, 10, math.log(100.0))
    case["image_emb"] = _clip_rows([[a * 10 ** rng.uniform(-2.5, 2.5) for a in row] for row in case["image_emb"]])
    case["text_emb"] = _clip_rows([[a * 10 ** rng.uniform(-2.5, 2.5) for a in row] for row in case["text_emb"]])
    yield {"name": "N=20, D=10, scale 100, entries from 1e-3 to 300 in magnitude", "args": case}
