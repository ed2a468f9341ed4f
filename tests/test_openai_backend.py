"""OpenAIBackend against a fake OpenAI-compatible server on loopback, and against `transformers serve`."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from suite.backends.base import BackendError, GenerationRequest, SamplingParams  # noqa: E402
from suite.backends.openai_backend import OpenAIBackend  # noqa: E402

MODEL = "fake-coder-7b"
FAST = {"timeout": 10, "backoff_s": 0.01}  # keep retries quick in tests


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FakeHandler)
        self.drop_first = 0  # close this many chat connections without answering
        self.fail_status: list[int] = []  # answer the next chat requests with these statuses
        self.list_models = True
        self.delay_s = 0.0
        self.lock = threading.Lock()
        self.chat_payloads: list[dict] = []
        self.attempts = 0
        self.in_flight = 0
        self.max_in_flight = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class FakeHandler(BaseHTTPRequestHandler):
    server: FakeServer

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def _json(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path == "/v1/models" and self.server.list_models:
            self._json(200, {"object": "list", "data": [{"id": MODEL, "object": "model", "digest": "sha256:abc123"}]})
        else:
            self._json(404, {"detail": "Not Found"})

    def do_POST(self) -> None:
        server = self.server
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with server.lock:
            server.attempts += 1
            if server.drop_first > 0:
                server.drop_first -= 1
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            status = server.fail_status.pop(0) if server.fail_status else 200
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        # The request stops counting as in flight before its answer is written: the client may send its next
        # request as soon as it reads this one, and that must not overlap it in the count.
        def answer(code: int, body: dict) -> None:
            with server.lock:
                server.in_flight -= 1
            self._json(code, body)

        if status != 200:
            answer(status, {"error": {"message": f"temporary failure {status}"}})
            return
        if payload["model"] != MODEL:
            answer(404, {"error": {"message": f"The model `{payload['model']}` does not exist."}})
            return
        time.sleep(server.delay_s)
        with server.lock:
            server.chat_payloads.append(payload)
        text = f"seed={payload.get('seed')} last={payload['messages'][-1]['content']}"
        answer(200, {"object": "chat.completion", "model": MODEL,
                     "choices": [{"index": 0, "finish_reason": "stop",
                                  "message": {"role": "assistant", "content": text}}],
                     "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}})


@pytest.fixture
def server():
    srv = FakeServer()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _requests(n: int, tasks: int = 3) -> list[GenerationRequest]:
    params = SamplingParams(temperature=0.7, top_p=0.9, max_new_tokens=64)
    return [GenerationRequest(key=f"s{i}", task_id=f"task-{i % tasks}",
                              messages=({"role": "system", "content": "sys"}, {"role": "user", "content": f"q{i}"}),
                              seed=100 + i, params=params)
            for i in range(n)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_generates_every_request(server):
    backend = OpenAIBackend(MODEL, server.url, concurrency=4, **FAST)
    requests = _requests(12)
    results = {r.request.key: r for r in backend.generate(requests)}
    assert set(results) == {r.key for r in requests}
    for request in requests:
        result = results[request.key]
        assert result.error is None
        assert result.text == f"seed={request.seed} last={request.messages[-1]['content']}"
        assert (result.prompt_tokens, result.output_tokens) == (11, 7)
    sent = {p["seed"]: p for p in server.chat_payloads}
    assert sent[100] == {"model": MODEL, "messages": [dict(m) for m in requests[0].messages], "temperature": 0.7,
                         "top_p": 0.9, "max_tokens": 64, "seed": 100, "stream": False}
    assert backend.describe() == {"name": "openai", "base_url": server.url, "model": MODEL,
                                  "fingerprint": f"server:{MODEL}@sha256:abc123"}


def test_concurrency_is_bounded_and_used(server):
    server.delay_s = 0.05
    backend = OpenAIBackend(MODEL, server.url, concurrency=3, **FAST)
    assert len(list(backend.generate(_requests(12)))) == 12
    assert server.max_in_flight == 3


def test_requests_are_sent_grouped_by_task(server):
    backend = OpenAIBackend(MODEL, server.url, concurrency=1, **FAST)
    list(backend.generate(_requests(9, tasks=3)))
    order = [p["messages"][-1]["content"] for p in server.chat_payloads]
    tasks = [f"task-{int(q[1:]) % 3}" for q in order]
    assert tasks == sorted(tasks)


def test_retries_dropped_connections_and_server_errors(server):
    backend = OpenAIBackend(MODEL, server.url, concurrency=1, max_retries=4, **FAST)
    server.drop_first = 2
    server.fail_status = [503, 429]
    results = list(backend.generate(_requests(2)))
    assert [r.error for r in results] == [None, None]
    assert server.attempts == 4 + 2


def test_gives_up_after_max_retries(server):
    backend = OpenAIBackend(MODEL, server.url, concurrency=1, max_retries=2, **FAST)
    server.fail_status = [500, 500, 500]
    with pytest.raises(BackendError, match="down") as info:
        list(backend.generate(_requests(1)))
    assert "\n" not in str(info.value)


def test_server_down():
    url = f"http://127.0.0.1:{_free_port()}/v1"
    started = time.monotonic()
    with pytest.raises(BackendError, match="cannot reach") as info:
        OpenAIBackend(MODEL, url, max_retries=2, **FAST)
    assert "\n" not in str(info.value)
    assert time.monotonic() - started < 10


def test_unknown_model(server):
    with pytest.raises(BackendError, match="not served") as info:
        OpenAIBackend("no-such-model", server.url, **FAST)
    assert "fake-coder-7b" in str(info.value) and "\n" not in str(info.value)


def test_unknown_model_without_a_model_list(server):
    server.list_models = False
    with pytest.raises(BackendError, match="not served"):
        OpenAIBackend("no-such-model", server.url, **FAST)
    assert OpenAIBackend(MODEL, server.url, **FAST).describe()["fingerprint"] == f"server:{MODEL}"


def test_client_error_is_a_result_not_a_crash(server):
    backend = OpenAIBackend(MODEL, server.url, concurrency=1, **FAST)
    server.fail_status = [400]
    results = sorted(backend.generate(_requests(2)), key=lambda r: r.request.key)
    assert "HTTP 400" in results[0].error and "(task task-0)" in results[0].error
    assert results[1].error is None


def test_api_key_is_sent(server, monkeypatch):
    monkeypatch.delenv("SUITE_TEST_KEY", raising=False)
    with pytest.raises(BackendError, match="SUITE_TEST_KEY"):
        OpenAIBackend(MODEL, server.url, api_key_env="SUITE_TEST_KEY", **FAST)
    monkeypatch.setenv("SUITE_TEST_KEY", "k-123")
    backend = OpenAIBackend(MODEL, server.url, api_key_env="SUITE_TEST_KEY", **FAST)
    assert backend._client.headers["Authorization"] == "Bearer k-123"


# ---- the real `transformers serve` -------------------------------------------------------------

SERVE_START_TIMEOUT_S = 90


def _serve_command(model_dir: Path, port: int) -> list[str]:
    script = Path(sys.executable).with_name("transformers")
    launcher = [str(script)] if script.exists() else [sys.executable, "-c",
                                                      "import sys; from transformers.cli.transformers import main; "
                                                      "sys.argv[0] = 'transformers'; sys.exit(main())"]
    return [*launcher, "serve", str(model_dir), "--host", "127.0.0.1", "--port", str(port), "--device", "cpu"]


@pytest.fixture(scope="module")
def transformers_serve(tmp_path_factory):
    from transformers.utils.import_utils import is_serve_available

    # The serving extras are test dependencies: a server that cannot start is a failure, not a skip.
    assert is_serve_available(), "transformers serve needs the serving extras: pip install 'transformers[serving]'"
    from tiny_model import build_tiny_model

    model_dir = build_tiny_model(tmp_path_factory.mktemp("served") / "model")
    port = _free_port()
    log_path = tmp_path_factory.mktemp("serve-log") / "serve.log"
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_VERBOSITY="error")
    with log_path.open("w") as log:
        proc = subprocess.Popen(_serve_command(model_dir, port), stdout=log, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVE_START_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                tail = log_path.read_text()[-800:].strip().splitlines()
                pytest.fail(f"transformers serve exited with {proc.returncode} at start-up: "
                            f"{tail[-1] if tail else 'no output'}")
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"transformers serve did not answer /health within {SERVE_START_TIMEOUT_S} s")
            time.sleep(0.5)
        yield f"{url}/v1", model_dir
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def test_generates_through_transformers_serve(transformers_serve):
    url, model_dir = transformers_serve
    backend = OpenAIBackend(str(model_dir), url, concurrency=2, timeout=60, max_retries=1, backoff_s=0.1)
    requests = [GenerationRequest(key=f"t{i}", task_id="task-a",
                                  messages=({"role": "system", "content": "You write Python."},
                                            {"role": "user", "content": f"def handler_{i}(event):"}),
                                  seed=i, params=SamplingParams(temperature=1.0, top_p=0.95, max_new_tokens=8))
                for i in range(3)]
    results = list(backend.generate(requests))
    assert sorted(r.request.key for r in results) == ["t0", "t1", "t2"]
    for result in results:
        assert result.error is None, result.error
        assert result.output_tokens is not None and 0 < result.output_tokens <= 8
        assert result.prompt_tokens and result.prompt_tokens > 5
    assert backend.describe()["fingerprint"] == f"server:{model_dir}"


def test_transformers_serve_rejects_another_model(transformers_serve):
    url, _ = transformers_serve
    with pytest.raises(BackendError, match="not served"):
        OpenAIBackend("some-org/another-model", url, timeout=60, max_retries=1, backoff_s=0.1)
