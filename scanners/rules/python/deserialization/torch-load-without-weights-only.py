import torch
from torch import load as torch_load


def load_checkpoint(path):
    # ruleid: torch-load-without-weights-only
    return torch.load(path)


def load_on_cpu(path):
    # ruleid: torch-load-without-weights-only
    return torch.load(path, map_location="cpu")


def load_explicit(path):
    # ruleid: torch-load-without-weights-only
    state = torch.load(path, map_location="cpu", weights_only=False)
    return state


def load_alias(fh):
    # ruleid: torch-load-without-weights-only
    return torch_load(fh)


# ---- secure near-misses ----


def load_weights(path):
    # ok: torch-load-without-weights-only
    return torch.load(path, map_location="cpu", weights_only=True)


def load_weights_alias(fh):
    # ok: torch-load-without-weights-only
    return torch_load(fh, weights_only=True)


def save(model, path):
    # ok: torch-load-without-weights-only
    torch.save(model.state_dict(), path)


_LOAD_OPTS = {"map_location": "cpu", "weights_only": True}
# ruleid: torch-load-without-weights-only
_LEGACY_LOAD_OPTS = {"map_location": "cpu", "weights_only": False}


def restore(path):
    # ok: torch-load-without-weights-only
    return torch.load(path, **_LOAD_OPTS)


def restore_legacy(path):
    return torch.load(path, **_LEGACY_LOAD_OPTS)
