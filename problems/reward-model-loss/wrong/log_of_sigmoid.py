# expect: WA
# The textbook formula as written: sigmoid(-1000) underflows to 0 and log(0) = -inf.
# says: log(sigmoid(m)) is log(0) = -inf
# says: softplus(-m)
import numpy as np


def reward_model_loss(chosen_rewards, rejected_rewards):
    n = len(chosen_rewards)
    m = chosen_rewards - rejected_rewards
    s = 1.0 / (1.0 + np.exp(-m))
    loss = -np.mean(np.log(s))
    return loss, -(1 - s) / n, (1 - s) / n
