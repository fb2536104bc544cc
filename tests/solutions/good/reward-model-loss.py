# Written unlike the reference: the loss through log-sigmoid by np.where on the sign, the
# gradient through tanh (sigmoid(-m) = (1 - tanh(m / 2)) / 2), and lists out.
import numpy as np


def reward_model_loss(chosen_rewards, rejected_rewards):
    m = np.asarray(chosen_rewards) - np.asarray(rejected_rewards)
    log_sig = np.where(m >= 0, -np.log1p(np.exp(-np.abs(m))), m - np.log1p(np.exp(-np.abs(m))))
    weight = 0.5 * (1.0 - np.tanh(m / 2.0)) / len(m)
    return float(-log_sig.sum() / len(m)), (-weight).tolist(), weight.tolist()
