import numpy as np


def _log_softmax(z, axis):
    shifted = z - np.max(z, axis=axis, keepdims=True)  # stable for any logit_scale
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def clip_loss(image_emb, text_emb, logit_scale):
    n = image_emb.shape[0]
    img_norm = np.linalg.norm(image_emb, axis=1, keepdims=True)
    txt_norm = np.linalg.norm(text_emb, axis=1, keepdims=True)
    u, v = image_emb / img_norm, text_emb / txt_norm
    scale = np.exp(logit_scale)
    cos = u @ v.T
    logits = scale * cos  # rows: image -> text; columns: text -> image
    log_p_rows = _log_softmax(logits, axis=1)
    log_p_cols = _log_softmax(logits, axis=0)
    diag = np.arange(n)
    loss = -(np.mean(log_p_rows[diag, diag]) + np.mean(log_p_cols[diag, diag])) / 2
    # d loss / d logits: (softmax - onehot) / N for each direction, halved.
    eye = np.eye(n)
    d_logits = ((np.exp(log_p_rows) - eye) + (np.exp(log_p_cols) - eye)) / (2 * n)
    d_cos = scale * d_logits
    d_scale_log = float(np.sum(d_logits * logits))  # d loss / d logit_scale = sum(dZ * Z)
    d_u, d_v = d_cos @ v, d_cos.T @ u
    # Through the normalisation x / |x|: remove the radial part, divide by |x|.
    grad_img = (d_u - u * np.sum(d_u * u, axis=1, keepdims=True)) / img_norm
    grad_txt = (d_v - v * np.sum(d_v * v, axis=1, keepdims=True)) / txt_norm
    return float(loss) + 0.0, grad_img, grad_txt, d_scale_log  # + 0.0: no -0.0 for a zero loss
