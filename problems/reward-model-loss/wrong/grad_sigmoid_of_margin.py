# expect: WA
# The loss is right and stable, but the gradient uses sigmoid(m) where it needs sigmoid(-m):
# it pushes hardest on the pairs the model already gets right.
# says: the gradient uses sigmoid(m) where it needs sigmoid(-m)
import numpy as np


def reward_model_loss(chosen_rewards, rejected_rewards):
    n = len(chosen_rewards)
    m = chosen_rewards - rejected_rewards
    loss = np.mean(np.logaddexp(0.0, -m))
    s = 0.5 * (1.0 + np.tanh(m / 2))  # sigmoid(m), stable
    return loss, -s / n, s / n
