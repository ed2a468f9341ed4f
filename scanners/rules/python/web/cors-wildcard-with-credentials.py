import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, request
from flask_cors import CORS, cross_origin

app = Flask(__name__)
api = FastAPI()
ALLOWED_ORIGINS = {"https://app.example.com"}
FRONTEND_ORIGIN = "https://app.example.com"

# ruleid: cors-wildcard-with-credentials
CORS(app, supports_credentials=True)

# ruleid: cors-wildcard-with-credentials
CORS(app, origins="*", supports_credentials=True)

# ruleid: cors-wildcard-with-credentials
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

# ruleid: cors-wildcard-with-credentials
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])

# ruleid: cors-wildcard-with-credentials
api.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True)


@app.route("/api/data")
# ruleid: cors-wildcard-with-credentials
@cross_origin(supports_credentials=True)
def data():
    return {"ok": True}


@app.after_request
def add_cors(resp):
    # ruleid: cors-wildcard-with-credentials
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def wildcard_headers(resp):
    # ruleid: cors-wildcard-with-credentials
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def header_dict(body):
    # ruleid: cors-wildcard-with-credentials
    headers = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true"}
    return body, 200, headers


# ---- secure near-misses ----

# ok: cors-wildcard-with-credentials
CORS(app, origins=["https://app.example.com"], supports_credentials=True)

# ok: cors-wildcard-with-credentials
CORS(app)

# ok: cors-wildcard-with-credentials
api.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)

# ok: cors-wildcard-with-credentials
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False)


@app.after_request
def add_cors_checked(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        # ok: cors-wildcard-with-credentials
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def public_headers(resp):
    # ok: cors-wildcard-with-credentials
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


def fixed_origin(resp):
    # ok: cors-wildcard-with-credentials
    resp.headers["Access-Control-Allow-Origin"] = FRONTEND_ORIGIN
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def settings_module():
    # Django settings are module-level; this just keeps the test file importable.
    pass


CORS_ALLOW_CREDENTIALS = True
# ruleid: cors-wildcard-with-credentials
CORS_ALLOW_ALL_ORIGINS = True


def allowlisted_origin(resp, origin, allowed_origins):
    if origin and origin in allowed_origins:
        # ok: cors-wildcard-with-credentials
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def any_origin(resp, origin):
    if origin:
        # ruleid: cors-wildcard-with-credentials
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


def setup_ws_cors(app):
    import aiohttp_cors

    # ruleid: cors-wildcard-with-credentials
    cors = aiohttp_cors.setup(app, defaults={"*": aiohttp_cors.ResourceOptions(allow_credentials=True, allow_headers="*")})
    return cors


def setup_public_cors(app):
    import aiohttp_cors

    # ok: cors-wildcard-with-credentials
    return aiohttp_cors.setup(app, defaults={"*": aiohttp_cors.ResourceOptions(allow_credentials=False, allow_headers="*")})


# ruleid: cors-wildcard-with-credentials
CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
}

# ok: cors-wildcard-with-credentials
PARTNER_CORS_SETTINGS = {
    "allow_origins": ["https://partners.example.com"],
    "allow_credentials": True,
}

# ruleid: cors-wildcard-with-credentials
ADMIN_CORS_SETTINGS = {"allow_origin_regex": r"https?://.*", "allow_credentials": True}


def add_cors(app):
    from fastapi.middleware.cors import CORSMiddleware

    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


WIDGET_ORIGINS = ["*"]


def add_widget_cors(app):
    from fastapi.middleware.cors import CORSMiddleware

    # ruleid: cors-wildcard-with-credentials
    app.add_middleware(CORSMiddleware, allow_origins=WIDGET_ORIGINS, allow_credentials=True)


LIMS_CORS_SETTINGS = {"resources": {r"/api/*": {"origins": "*"}}, "supports_credentials": True}
PORTAL_CORS_SETTINGS = {"origins": ["https://portal.example.org"], "supports_credentials": True}


def lims_cors(app):
    from flask_cors import CORS

    # ruleid: cors-wildcard-with-credentials
    CORS(app, **LIMS_CORS_SETTINGS)


def portal_cors(app):
    from flask_cors import CORS

    # ok: cors-wildcard-with-credentials
    CORS(app, **PORTAL_CORS_SETTINGS)


WIDGET_CORS = {"origins": "*", "supports_credentials": True, "methods": ["GET", "POST"]}
PARTNER_CORS = {"origins": ["https://partner.example.org"], "supports_credentials": True}


def widget_cors(app):
    from flask_cors import CORS

    # ruleid: cors-wildcard-with-credentials
    CORS(app, resources={r"/api/*": WIDGET_CORS})


def partner_cors(app):
    from flask_cors import CORS

    # ok: cors-wildcard-with-credentials
    CORS(app, resources={r"/api/*": PARTNER_CORS})


def create_agronomy_app():
    app = Flask(__name__)
    # ruleid: cors-wildcard-with-credentials
    CORS(app, resources={r"/api/*": {}}, supports_credentials=True)
    # ruleid: cors-wildcard-with-credentials
    CORS(app, resources=r"/api/*", supports_credentials=True)
    # ok: cors-wildcard-with-credentials
    CORS(app, resources={r"/api/*": {"origins": ["https://dealers.example.com"]}}, supports_credentials=True)
    # ok: cors-wildcard-with-credentials
    CORS(app, resources={r"/api/*": DEALER_CORS}, supports_credentials=True)
    return app


class ScoreSettings:
    cors_origins = os.environ.get("SCORES_CORS_ORIGINS", "*").split(",")


scores_settings = ScoreSettings()
scores = FastAPI()
# ruleid: cors-wildcard-with-credentials
scores.add_middleware(
    CORSMiddleware,
    allow_origins=scores_settings.cors_origins,
    allow_credentials=True,
)


def origin_allowed(origin):
    return origin in ALLOWED_ORIGINS


def apply_cors(response):
    origin = request.headers.get("Origin", "")
    if not origin or not origin_allowed(origin):
        return response
    # ok: cors-wildcard-with-credentials
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


SPA_CORS_HEADERS = {
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Vary": "Origin",
}


def add_spa_cors(response):
    origin = request.headers.get("Origin")
    if origin:
        # ruleid: cors-wildcard-with-credentials
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers.update(SPA_CORS_HEADERS)
    return response


def add_partner_cors(response):
    origin = request.headers.get("Origin", "")
    if not origin_allowed(origin):
        return response
    # ok: cors-wildcard-with-credentials
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers.update({"Access-Control-Allow-Credentials": "true", "Vary": "Origin"})
    return response


WIDGET_ORIGINS = frozenset(os.environ.get("WIDGET_ORIGINS", "https://www.example.org").split(","))


def _allowed_origin(allowed=WIDGET_ORIGINS):
    origin = request.headers.get("Origin")
    if origin in allowed:
        return origin
    return None


def _request_origin():
    return request.headers.get("Origin")


def apply_widget_cors(response):
    origin = _allowed_origin()
    if origin is None:
        return response
    # ok: cors-wildcard-with-credentials
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def apply_partner_cors(response):
    origin = _request_origin()
    # ruleid: cors-wildcard-with-credentials
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


import dataclasses  # noqa: E402


@dataclasses.dataclass
class PortalCorsSettings:
    title: str = "Farmer Portal API"
    # ruleid: cors-wildcard-with-credentials
    allowed_origin_pattern: str = r"https://.*"
    allow_credentials: bool = True


@dataclasses.dataclass
class PartnerCorsSettings:
    # ok: cors-wildcard-with-credentials
    allowed_origin_pattern: str = r"https://[a-z0-9-]+\.dairy-coop\.example$"
    allow_credentials: bool = True


@dataclasses.dataclass
class PublicCorsSettings:
    # ok: cors-wildcard-with-credentials
    allowed_origins: tuple = ("*",)
    allow_credentials: bool = False


def cors_options(settings: PortalCorsSettings) -> dict:
    return {"allow_origin_regex": settings.allowed_origin_pattern,
            "allow_credentials": settings.allow_credentials}


class ApiSettings:
    # ruleid: cors-wildcard-with-credentials
    cors_origins: tuple = ("*",)
    cors_allow_credentials: bool = True


class WidgetSettings:
    methods = ["GET", "POST"]

    def _common(self):
        return {"allow_methods": self.methods, "max_age": 600}

    def cors(self):
        # ruleid: cors-wildcard-with-credentials
        return {"allow_origin_regex": r"https?://.+", "allow_credentials": True, **self._common()}

    def cors_listed(self):
        # ok: cors-wildcard-with-credentials
        return {"allow_origins": ["https://club.example"], "allow_credentials": True, **self._common()}


widget = FastAPI()
widget.add_middleware(CORSMiddleware, **WidgetSettings().cors())


class TuningCorsSettings:
    # ruleid: cors-wildcard-with-credentials
    origin_pattern = r"https?://.*"
    # ok: cors-wildcard-with-credentials
    origin_hint = "https://clinic.example"


def tuning_cors_kwargs(settings=TuningCorsSettings):
    return {"allow_origin_regex": settings.origin_pattern, "allow_credentials": True}


tuning_app = FastAPI()
tuning_app.add_middleware(CORSMiddleware, **tuning_cors_kwargs())


GUEST_CORS_BASE = {
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Allow-Methods": "GET, POST",
    "Vary": "Origin",
}


class EchoOriginPolicy:
    default_origin = "https://www.park.example"

    def resolve(self, origin):
        return origin or self.default_origin


class ListedOriginPolicy:
    allowed = {"https://www.park.example", "https://hotel.example"}

    def pick(self, origin):
        if origin in self.allowed:
            return origin
        return "https://www.park.example"


echo_policy = EchoOriginPolicy()
listed_policy = ListedOriginPolicy()


def guest_cors_headers(origin):
    # ruleid: cors-wildcard-with-credentials
    return {**GUEST_CORS_BASE, "Access-Control-Allow-Origin": echo_policy.resolve(origin)}


def guest_listed_cors_headers(origin):
    # ok: cors-wildcard-with-credentials
    return {**GUEST_CORS_BASE, "Access-Control-Allow-Origin": listed_policy.pick(origin)}


class BookingWidgetSettings:
    @property
    def cors(self):
        # ruleid: cors-wildcard-with-credentials
        return {"allow_origin_regex": r"https?://.*", "allow_methods": ["GET", "POST"]}

    @property
    def partner_cors(self):
        # ok: cors-wildcard-with-credentials
        return {"allow_origin_regex": r"https://[a-z0-9-]+\.partners\.example", "allow_methods": ["GET"]}


class BookingAppFactory:
    def __init__(self, settings):
        self.settings = settings

    def middleware_options(self):
        return {**self.settings.cors, "allow_credentials": True, "max_age": 600}

    def build(self):
        booking = FastAPI()
        booking.add_middleware(CORSMiddleware, **self.middleware_options())
        return booking


class PortalHttpSettings:
    cookie_session = True
    # ruleid: cors-wildcard-with-credentials
    origin_pattern = r"https?://.*"

    @classmethod
    def cors_options(cls):
        return {"allow_origin_regex": cls.origin_pattern, "allow_credentials": cls.cookie_session}


portal = FastAPI()
portal.add_middleware(CORSMiddleware, **PortalHttpSettings.cors_options())
