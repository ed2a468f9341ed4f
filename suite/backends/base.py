"""What every generation backend takes and gives."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from suite.errors import SuiteError


class BackendError(SuiteError):
    """A backend cannot be used as asked (bad model path, unknown model, server down)."""


@dataclass(frozen=True)
class SamplingParams:
    temperature: float = 0.8
    top_p: float = 0.95
    max_new_tokens: int = 1536

    def as_dict(self) -> dict:
        return {"temperature": self.temperature, "top_p": self.top_p, "max_new_tokens": self.max_new_tokens}


@dataclass(frozen=True)
class GenerationRequest:
    """One sample to generate. `key` identifies it (the sample id); `messages` are chat turns
    (`{"role": "system"|"user", "content": str}`); the output may depend only on the model,
    the messages, `seed` and `params`, never on which other requests share a batch."""

    key: str
    task_id: str
    messages: tuple[dict, ...]
    seed: int
    params: SamplingParams = field(default_factory=SamplingParams)
    ordinal: int = 0  # position among this task's samples in the run's plan (the replay backend's index)


@dataclass(frozen=True)
class GenerationResult:
    request: GenerationRequest
    text: str
    prompt_tokens: int | None = None
    output_tokens: int | None = None
    error: str | None = None  # set when this one request could not be generated (e.g. prompt too long)


class Backend(Protocol):
    name: str

    def describe(self) -> dict:
        """Model name, fingerprint and backend details recorded with the run."""

    def generate(self, requests: Sequence[GenerationRequest]) -> Iterator[GenerationResult]:
        """Yield one result per request, in any order, as soon as each is done."""


def plain_prompt(messages: Iterable[dict]) -> str:
    """The prompt format for tokenizers without a chat template."""
    parts = [f"### {m['role'].capitalize()}\n{m['content'].rstrip()}\n" for m in messages]
    return "\n".join(parts) + "\n### Assistant\n"
