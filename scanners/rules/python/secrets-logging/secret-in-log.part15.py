import logging
from dataclasses import asdict, dataclass
from urllib.parse import urlencode

import httpx
import structlog
from django.contrib.auth import authenticate
from django.shortcuts import render

from app.config import settings
from app.forms import SignInForm

log = structlog.get_logger("app.bridge")
audit = logging.getLogger("app.audit")


# --- every field of a settings dataclass with a secret field, spread into the keywords of a
# structured log event

@dataclass(frozen=True)
class QueueSettings:
    host: str
    port: int
    username: str
    password: str


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int
    backoff: float


def queue_settings() -> QueueSettings:
    return QueueSettings(
        host=settings.QUEUE_HOST,
        port=int(settings.QUEUE_PORT),
        username=settings.QUEUE_USER,
        password=settings.QUEUE_PASSWORD,
    )


def start_consumer() -> None:
    cfg = queue_settings()
    # ruleid: secret-in-log
    log.info("queue.connecting", **asdict(cfg))
    # ok: secret-in-log
    log.info("queue.connecting", host=cfg.host, port=cfg.port, user=cfg.username)
    policy = RetryPolicy(attempts=5, backoff=1.5)
    # ok: secret-in-log
    log.info("queue.retry_policy", **asdict(policy))


# --- a URL helper whose query string carries the provider's key under the parameter name `key`,
# the value read from a mapping under a name that says nothing

ROUTING = {"endpoint": settings.ROUTING_URL, "key": settings.ROUTING_KEY, "mode": "truck"}


def _route_url(origin: str, dest: str, conf: dict = ROUTING) -> str:
    query = urlencode({"from": origin, "to": dest, "key": conf["key"], "mode": conf["mode"]})
    return f"{conf['endpoint']}?{query}"


def _tile_url(z: int, x: int, y: int, conf: dict = ROUTING) -> str:
    tile = f"{conf['endpoint']}/tiles/{z}/{x}/{y}.png?key={conf['key']}"
    return tile


def _object_url(bucket: str, object_key: str) -> str:
    query = urlencode({"bucket": bucket, "key": object_key})
    return f"{settings.STORE_URL}?{query}"


def _demo_url(z: int) -> str:
    query = urlencode({"z": z, "key": "demo"})
    return f"{settings.STORE_URL}?{query}"


def plan_route(client: httpx.Client, origin: str, dest: str) -> dict:
    url = _route_url(origin, dest)
    # ruleid: secret-in-log
    audit.info("routing request %s", url)
    return client.get(url, timeout=10).json()


def fetch_tile(client: httpx.Client, z: int, x: int, y: int) -> bytes:
    url = _tile_url(z, x, y)
    # ruleid: secret-in-log
    audit.debug("tile %s", url)
    return client.get(url).content


def fetch_object(client: httpx.Client, bucket: str, object_key: str) -> bytes:
    url = _object_url(bucket, object_key)
    # ok: secret-in-log
    audit.debug("object %s", url)
    demo = _demo_url(3)
    # ok: secret-in-log
    audit.debug("demo %s", demo)
    return client.get(url).content


# --- a Django form's cleaned data kept under a name of its own, the password read from that name

def sign_in(request):
    form = SignInForm(request.POST)
    if not form.is_valid():
        return render(request, "signin.html", {"form": form}, status=400)
    entered = form.cleaned_data
    user = authenticate(request, username=entered["username"], password=entered["password"])
    if user is None:
        # ruleid: secret-in-log
        audit.warning("sign-in rejected for %s: %r", entered.get("username"), entered)
        return render(request, "signin.html", {"form": form}, status=401)
    # ok: secret-in-log
    audit.info("signed in %s from %s", entered.get("username"), entered.get("branch"))
    return render(request, "home.html")
