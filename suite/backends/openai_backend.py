"""Generation through any OpenAI-compatible server (vLLM, llama.cpp, Ollama, TGI, SGLang, `transformers serve`)."""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

import httpx

from suite.backends.base import BackendError, GenerationRequest, GenerationResult

__all__ = ["OpenAIBackend"]

log = logging.getLogger(__name__)

# Keys under which servers report a content digest of the weights in their /models entries.
_DIGEST_KEYS = ("digest", "sha256", "hash", "checksum")
_MAX_BACKOFF_S = 30.0


class _ServerDown(Exception):
    """The server could not be reached, or kept failing, through every retry."""


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line[:limit]


def _error_detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return _one_line(response.text) or response.reason_phrase
    if isinstance(body, dict):
        error = body.get("error", body.get("detail", body.get("message", body)))
        if isinstance(error, dict):
            error = error.get("message", error)
        return _one_line(error if isinstance(error, str) else json.dumps(error))
    return _one_line(json.dumps(body))


class OpenAIBackend:
    """Chat completions from an OpenAI-compatible HTTP server, several requests in flight at once."""

    name = "openai"

    def __init__(self, model: str, base_url: str, api_key_env: str | None = None, concurrency: int = 8,
                 timeout: float = 600, max_retries: int = 4, backoff_s: float = 0.5) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.model = model
        self.base_url = base_url.rstrip("/")
        self.concurrency = concurrency
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        headers = {"Content-Type": "application/json"}
        if api_key_env:
            key = os.environ.get(api_key_env)
            if not key:
                raise BackendError(f"environment variable {api_key_env} (the server's API key) is not set")
            headers["Authorization"] = f"Bearer {key}"
        self._client = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(timeout, connect=min(10.0, timeout)),
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
        )
        self.model_entry = self._check_model()

    # ---- HTTP with retries -----------------------------------------------------------------

    def _send(self, method: str, path: str, payload: dict | None = None, retry_status: bool = True) -> httpx.Response:
        """The server's response, retried with exponential backoff on connection errors and, when
        `retry_status`, on 5xx and 429."""
        retries = self.max_retries
        url = f"{self.base_url}{path}"
        problem = ""
        for attempt in range(retries + 1):
            if attempt:
                time.sleep(min(self.backoff_s * 2 ** (attempt - 1), _MAX_BACKOFF_S))
            try:
                response = self._client.request(method, url, json=payload)
            except httpx.TransportError as exc:
                problem = f"{type(exc).__name__}: {_one_line(str(exc)) or 'no detail'}"
                continue
            if retry_status and (response.status_code == 429 or response.status_code >= 500):
                problem = f"HTTP {response.status_code}: {_error_detail(response)}"
                wait_s = response.headers.get("retry-after", "")
                if response.status_code == 429 and wait_s.isdigit() and attempt < retries:
                    time.sleep(min(float(wait_s), _MAX_BACKOFF_S))
                continue
            return response
        raise _ServerDown(f"{method} {url} failed after {retries + 1} attempts ({problem})")

    def _chat_payload(self, request: GenerationRequest) -> dict:
        return {
            "model": self.model,
            "messages": [dict(m) for m in request.messages],
            "temperature": request.params.temperature,
            "top_p": request.params.top_p,
            "max_tokens": request.params.max_new_tokens,
            "seed": request.seed,
            "stream": False,
        }

    # ---- model check -----------------------------------------------------------------------

    def _check_model(self) -> dict:
        """The server's /models entry for the model; BackendError when the server is down or lacks it."""
        try:
            # A server that answers /models with an error still answers: no retries on status.
            response = self._send("GET", "/models", retry_status=False)
        except _ServerDown as exc:
            raise BackendError(f"cannot reach the OpenAI-compatible server at {self.base_url}: {exc}") from None
        listed: list[dict] = []
        if response.status_code == 200:
            try:
                data = response.json().get("data", [])
                listed = [m for m in data if isinstance(m, dict) and "id" in m]
            except (ValueError, AttributeError):
                listed = []
        for entry in listed:
            if entry["id"] == self.model:
                return entry
        # Some servers list nothing useful (a local path served by `transformers serve`, a single
        # llama.cpp model under its file name): ask for one token to see whether the name works.
        probe = {"model": self.model, "messages": [{"role": "user", "content": "ping"}], "max_tokens": 1,
                 "temperature": 0, "stream": False}
        try:
            response = self._send("POST", "/chat/completions", probe)
        except _ServerDown as exc:
            raise BackendError(f"cannot reach the OpenAI-compatible server at {self.base_url}: {exc}") from None
        if response.status_code == 200:
            return {"id": self.model}
        detail = _error_detail(response)
        served = ", ".join(sorted(m["id"] for m in listed)[:10]) or "none listed"
        if response.status_code in (404, 400, 422) and (response.status_code == 404 or "model" in detail.lower()
                                                         or self.model in detail):
            raise BackendError(f"model {self.model!r} is not served at {self.base_url} (served: {served}; "
                               f"server said: {detail})")
        raise BackendError(f"the server at {self.base_url} rejected a test request for {self.model!r}: "
                           f"HTTP {response.status_code}: {detail}")

    # ---- Backend protocol ------------------------------------------------------------------

    def describe(self) -> dict:
        served_id = str(self.model_entry.get("id", self.model))
        digest = next((str(self.model_entry[k]) for k in _DIGEST_KEYS if self.model_entry.get(k)), None)
        fingerprint = f"server:{served_id}" + (f"@{digest}" if digest else "")
        return {"name": self.name, "base_url": self.base_url, "model": self.model, "fingerprint": fingerprint}

    def generate(self, requests: Sequence[GenerationRequest]) -> Iterator[GenerationResult]:
        # Same-task prompts share their repository files; sending them together lets a server
        # with prefix caching (vLLM, SGLang, llama.cpp) reuse the prompt's KV cache.
        ordered = sorted(requests, key=lambda r: (r.task_id, json.dumps(r.messages, sort_keys=True), r.seed, r.key))
        pending = iter(ordered)
        pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="openai-backend")
        in_flight: set[Future] = set()
        try:
            # At most `concurrency` requests are queued, so a fatal error stops the run promptly.
            for request in pending:
                in_flight.add(pool.submit(self._complete, request))
                if len(in_flight) >= self.concurrency:
                    break
            while in_flight:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    nxt = next(pending, None)
                    if nxt is not None:
                        in_flight.add(pool.submit(self._complete, nxt))
                    yield future.result()
        finally:
            # Requests already on the wire finish in their threads; nothing waits for them.
            pool.shutdown(wait=False, cancel_futures=True)

    def _complete(self, request: GenerationRequest) -> GenerationResult:
        try:
            response = self._send("POST", "/chat/completions", self._chat_payload(request))
        except _ServerDown as exc:
            raise BackendError(f"the OpenAI-compatible server at {self.base_url} is down: {exc}") from None
        if response.status_code == 404:
            raise BackendError(f"model {self.model!r} is not served at {self.base_url}: {_error_detail(response)}")
        if response.status_code != 200:
            # e.g. a prompt longer than the server's context window: this sample fails, the run goes on.
            return GenerationResult(request, "", error=f"HTTP {response.status_code} from the server: "
                                                       f"{_error_detail(response)} (task {request.task_id})")
        try:
            body = response.json()
            choice = body["choices"][0]
            text = (choice.get("message") or {}).get("content") or ""
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            return GenerationResult(request, "", error=f"malformed response from the server: "
                                                       f"{_one_line(response.text, 200)} (task {request.task_id})")
        usage = body.get("usage") or {}
        return GenerationResult(request, text, prompt_tokens=usage.get("prompt_tokens"),
                                output_tokens=usage.get("completion_tokens"))

    def close(self) -> None:
        self._client.close()
