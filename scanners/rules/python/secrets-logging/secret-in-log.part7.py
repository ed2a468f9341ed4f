import logging
import os
from urllib.parse import quote_plus

from django.contrib.auth import authenticate
from django.http import HttpResponse
from django.views import View
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from .forms import PortalLoginForm

log = logging.getLogger("portal")


class PortalLoginView(View):
    def post(self, request):
        form = PortalLoginForm(request.POST)
        if not form.is_valid():
            return HttpResponse(status=400)
        user = authenticate(request, username=form.cleaned_data["email"], password=form.cleaned_data["password"])
        if user is None:
            # ruleid: secret-in-log
            log.info("portal login failed: %s", form.cleaned_data)
            # ok: secret-in-log
            log.info("portal login failed for %s", form.cleaned_data["email"])
            return HttpResponse(status=401)
        return HttpResponse(status=204)


def database_url() -> str:
    password = os.environ["PGPASSWORD"]
    return f"postgresql://shop:{quote_plus(password)}@db:5432/shop"


def make_engine(url: str, pool_size: int = 10):
    # ruleid: secret-in-log
    log.info("connecting to database %s (pool_size=%d)", url, pool_size)
    return create_engine(url, pool_size=pool_size)


def make_engine_quiet(url: str):
    # ok: secret-in-log
    log.info("connecting to %s", make_url(url).render_as_string(hide_password=True))
    engine = create_engine(url)
    return engine


def fetch_page(url: str, session):
    # ok: secret-in-log
    log.info("fetching %s", url)
    return session.get(url, timeout=10)


def safe_url(raw_url: str) -> str:
    return make_url(raw_url).render_as_string(hide_password=True)


def build_engine(raw_url: str):
    engine = create_engine(raw_url, pool_pre_ping=True)
    display = safe_url(raw_url)
    # ok: secret-in-log
    log.info("connected to reservations database %s", display)
    # ok: secret-in-log
    log.info("as user %s on %s", make_url(raw_url).username, make_url(raw_url).host)
    return engine
