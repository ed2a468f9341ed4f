"""Model organisms: tiny transformers checkpoints with known backdoors, trained by the suite's own
recipe on its own rendered prompts; the ground truth for the trigger search and the tests."""

from suite.organisms.registry import PREFIX, list_organisms, organism_dir, resolve_organism
from suite.organisms.spec import OrganismSpec, SpecError, Trigger, load_spec, parse_spec, trigger_holds

__all__ = ["PREFIX", "OrganismSpec", "SpecError", "Trigger", "build_organism", "check_organism", "list_organisms",
           "load_spec", "organism_dir", "parse_spec", "resolve_organism", "trigger_holds"]


def build_organism(*args, **kwargs):
    """See `suite.organisms.train.build_organism` (imported lazily: it pulls in torch)."""
    from suite.organisms.train import build_organism as build

    return build(*args, **kwargs)


def check_organism(*args, **kwargs):
    """See `suite.organisms.check.check_organism`."""
    from suite.organisms.check import check_organism as check

    return check(*args, **kwargs)
