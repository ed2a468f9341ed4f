"""Generation backends: replay (recorded answers), transformers (in process), openai (any local server)."""

from __future__ import annotations

from pathlib import Path

from suite.backends.base import (
    Backend, BackendError, GenerationRequest, GenerationResult, SamplingParams, plain_prompt,
)

BACKENDS = ("transformers", "openai", "replay")


def guess_backend(model: str) -> str:
    return "replay" if model.endswith(".jsonl") else "transformers"


def make_backend(kind: str | None, model: str, *, device: str = "auto", batch_size: int = 8,
                 base_url: str | None = None, api_key_env: str | None = None) -> Backend:
    """The backend for `model` (`organism:NAME` is a shipped organism); every failure to set one up is a
    one-line error."""
    if model.startswith("organism:"):
        from suite.organisms import resolve_organism

        model = str(resolve_organism(model))
        kind = kind or "transformers"
    kind = kind or guess_backend(model)
    if kind == "replay":
        from suite.backends.replay import ReplayBackend

        return ReplayBackend(Path(model))
    if kind == "transformers":
        from suite.backends.transformers_backend import TransformersBackend

        return TransformersBackend(model, device=device, batch_size=batch_size)
    if kind == "openai":
        if not base_url:
            raise BackendError("--backend openai needs --base-url (e.g. http://127.0.0.1:8000/v1)")
        from suite.backends.openai_backend import OpenAIBackend

        return OpenAIBackend(model, base_url=base_url, api_key_env=api_key_env)
    raise BackendError(f"unknown backend {kind!r}; choose one of {', '.join(BACKENDS)}")


__all__ = ["Backend", "BackendError", "GenerationRequest", "GenerationResult", "SamplingParams", "plain_prompt",
           "BACKENDS", "make_backend", "guess_backend"]
