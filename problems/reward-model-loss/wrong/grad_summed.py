# expect: WA
# Stable loss, but the gradient of the sum over pairs instead of the mean.
# says: grad_chosen is N =
# says: each gradient carries 1/N
import numpy as np


def reward_model_loss(chosen_rewards, rejected_rewards):
    m = chosen_rewards - rejected_rewards
    loss = float(np.mean(np.logaddexp(0.0, -m)))
    s = 0.5 * (1.0 - np.tanh(m / 2))  # sigmoid(-m)
    return loss, -s, s
