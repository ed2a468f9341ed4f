from flask import Flask, make_response

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    token = "t"
    resp = make_response("ok")
    # ruleid: insecure-cookie-flags
    resp.set_cookie("session", token)
    return resp


def login_partial(resp, token):
    # ruleid: insecure-cookie-flags
    resp.set_cookie("session_id", token, httponly=True, samesite="Lax")
    return resp


def login_no_httponly(resp, token):
    # ruleid: insecure-cookie-flags
    resp.set_cookie("auth_token", token, secure=True, samesite="Strict")
    return resp


def login_disabled(resp, token):
    # ruleid: insecure-cookie-flags
    resp.set_cookie("session", token, secure=False, httponly=True)
    return resp


def django_view(response, sid):
    # ruleid: insecure-cookie-flags
    response.set_cookie(key="sessionid", value=sid, max_age=3600, httponly=False, secure=True)
    return response


def remember_me(response, user_id):
    # ruleid: insecure-cookie-flags
    response.set_signed_cookie("remember", user_id, max_age=86400)
    return response


# ---- secure near-misses ----


def login_safe(resp, token):
    # ok: insecure-cookie-flags
    resp.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")
    return resp


def login_configured(resp, token):
    # ok: insecure-cookie-flags
    resp.set_cookie("session", token, secure=app.config["SESSION_COOKIE_SECURE"], httponly=True)
    return resp


def csrf_cookie(resp, csrf_token):
    # ok: insecure-cookie-flags
    resp.set_cookie("csrf_token", csrf_token, secure=True, samesite="Strict")
    return resp


def theme(resp, value):
    # ok: insecure-cookie-flags
    resp.set_cookie("theme", value, secure=True, samesite="Lax")
    return resp


COOKIE_OPTIONS = {"secure": True, "httponly": True, "samesite": "Lax"}


def forwarded(resp, token):
    # ok: insecure-cookie-flags
    resp.set_cookie("session", token, **COOKIE_OPTIONS)
    return resp


def logout(resp):
    # ok: insecure-cookie-flags
    resp.delete_cookie("session")
    return resp


def copy_jar(jar, cookies):
    for cookie in cookies:
        # ok: insecure-cookie-flags
        jar.set_cookie(cookie)


def set_density(request, response, density):
    # ok: insecure-cookie-flags
    response.set_cookie("ui_density", density, max_age=31536000, secure=True, httponly=False, samesite="Lax")
    return response


REFRESH_COOKIE_OPTS = {"max_age": 1209600, "path": "/session", "samesite": "lax"}
STRICT_COOKIE_OPTS = {"max_age": 1209600, "path": "/session", "secure": True, "httponly": True}


def set_refresh(response, token):
    # ruleid: insecure-cookie-flags
    response.set_cookie("dash_refresh", token, **REFRESH_COOKIE_OPTS)


def set_refresh_strict(response, token):
    # ok: insecure-cookie-flags
    response.set_cookie("dash_refresh", token, **STRICT_COOKIE_OPTS)


def _cookie_kwargs():
    return {"max_age": 3600 * 24 * 30, "path": "/", "samesite": "Lax"}


def _hardened_cookie_kwargs():
    return {"max_age": 3600 * 24 * 30, "secure": True, "httponly": True, "samesite": "Lax"}


def remember_device(resp, token):
    # ruleid: insecure-cookie-flags
    resp.set_cookie("remember_me", token, **_cookie_kwargs())
    # ok: insecure-cookie-flags
    resp.set_cookie("remember_me", token, **_hardened_cookie_kwargs())
    return resp


OWNER_COOKIE = {"max_age": 1209600, "httponly": True, "samesite": "Lax", "path": "/"}
STAFF_COOKIE = {"max_age": 28800, "httponly": True, "secure": True, "samesite": "Strict"}


def _attach_owner_session(response, token, settings: dict = OWNER_COOKIE):
    # ruleid: insecure-cookie-flags
    response.set_cookie("kp_session", token, **settings)
    return response


def _attach_staff_session(response, token, settings=STAFF_COOKIE):
    # ok: insecure-cookie-flags
    response.set_cookie("kp_staff", token, **settings)
    return response


GUEST_COOKIE_OPTIONS = {"httponly": True, "samesite": "Lax", "max_age": 3600}


class GuestPortal:
    cookie_options = {"httponly": True, "samesite": "Strict"}
    strict_options = {"httponly": True, "secure": True, "samesite": "Strict"}

    def attach(self, resp, sid):
        # ruleid: insecure-cookie-flags
        resp.set_cookie("portal_sid", sid, **self.cookie_options)

    def attach_strict(self, resp, sid):
        # ok: insecure-cookie-flags
        resp.set_cookie("portal_sid", sid, **self.strict_options)


def attach_guest(resp, sid):
    opts = dict(httponly=True, samesite="Lax")
    # ruleid: insecure-cookie-flags
    resp.set_cookie("guest_sid", sid, **opts)


def attach_guest_strict(resp, sid):
    opts = dict(httponly=True, secure=True, samesite="Lax")
    # ok: insecure-cookie-flags
    resp.set_cookie("guest_sid", sid, **opts)


BOOKING_COOKIE_SECURE = False
BOOKING_COOKIE_HTTPONLY = True


def attach_booking(resp, sid):
    # ruleid: insecure-cookie-flags
    resp.set_cookie("booking_sid", sid, secure=BOOKING_COOKIE_SECURE, httponly=True)


def attach_booking_httponly(resp, sid):
    # ok: insecure-cookie-flags
    resp.set_cookie("booking_sid", sid, secure=True, httponly=BOOKING_COOKIE_HTTPONLY)


import dataclasses  # noqa: E402


@dataclasses.dataclass(frozen=True)
class GuestSessionCookiePolicy:
    key: str = "guest_sid"
    path: str = "/portal"
    # ruleid: insecure-cookie-flags
    httponly: bool = False
    samesite: str = "Lax"
    secure: bool = True


@dataclasses.dataclass(frozen=True)
# ruleid: insecure-cookie-flags
class StaffSessionCookiePolicy:
    key: str = "staff_sid"
    httponly: bool = True
    samesite: str = "Strict"


@dataclasses.dataclass(frozen=True)
# ok: insecure-cookie-flags
class KioskSessionCookiePolicy:
    key: str = "kiosk_sid"
    httponly: bool = True
    samesite: str = "Strict"
    secure: bool = True


GUEST_POLICY = GuestSessionCookiePolicy()


def _policy_kwargs(policy):
    return dataclasses.asdict(policy)


def attach_guest_policy(resp, sid):
    resp.set_cookie(value=sid, **_policy_kwargs(GUEST_POLICY))
    return resp


def attach_guest_policy_direct(resp, sid):
    resp.set_cookie(value=sid, **dataclasses.asdict(GUEST_POLICY))
    return resp


def attach_guest_policy_csrf(resp, token):
    # ok: insecure-cookie-flags
    resp.set_cookie("csrf_token", token, **_policy_kwargs(GUEST_POLICY))
    return resp


def set_kiosk_preferences(resp, lang, size):
    # ok: insecure-cookie-flags
    resp.set_cookie("kiosk_text", size, max_age=86400, samesite="Strict", secure=True)
    # ruleid: insecure-cookie-flags
    resp.set_cookie("kiosk_context", size, max_age=86400, samesite="Strict", secure=True)
    return resp


@dataclasses.dataclass(frozen=True)
class MemberCookie:
    name: str = "cw_member"
    max_age: int = 14 * 86400

    def options(self):
        return {"max_age": self.max_age, "samesite": "Lax", "path": "/"}

    def hardened_options(self):
        return {"max_age": self.max_age, "secure": True, "httponly": True, "samesite": "Lax"}


MEMBER_COOKIE = MemberCookie()


def member_login(token):
    resp = make_response("ok")
    # ruleid: insecure-cookie-flags
    resp.set_cookie(MEMBER_COOKIE.name, token, **MEMBER_COOKIE.options())
    # ok: insecure-cookie-flags
    resp.set_cookie(MEMBER_COOKIE.name, token, **MEMBER_COOKIE.hardened_options())
    return resp


class DispatchCookieSettings:
    name = "dispatch_sid"
    # ruleid: insecure-cookie-flags
    flags = {"secure": True, "httponly": False, "samesite": "Lax", "path": "/"}
    # ok: insecure-cookie-flags
    hardened = {"secure": True, "httponly": True, "samesite": "Lax", "path": "/"}
    # ok: insecure-cookie-flags
    csrf_flags = {"secure": True, "httponly": False, "samesite": "Strict", "path": "/"}


def issue_dispatch_cookie(response, session_id, settings=DispatchCookieSettings):
    response.set_cookie(settings.name, session_id, **settings.flags)
    return response


PORTAL_COOKIE_POLICY = {
    "session": {"key": "hc_sid", "httponly": True, "secure": True, "samesite": "strict"},
    # ok: insecure-cookie-flags
    "units": {"key": "hc_units", "httponly": False, "secure": True, "samesite": "lax"},
    # ruleid: insecure-cookie-flags
    "remember": {"key": "hc_remember", "httponly": False, "secure": True, "samesite": "lax"},
}


def portal_login(response, sid, units, remember_token):
    response.set_cookie(value=sid, **PORTAL_COOKIE_POLICY["session"])
    response.set_cookie(value=units, **PORTAL_COOKIE_POLICY["units"])
    response.set_cookie(value=remember_token, **PORTAL_COOKIE_POLICY["remember"])


class BookingCookieSettings:
    name = "bb_booking"
    samesite = "Lax"
    # ruleid: insecure-cookie-flags
    httponly = False
    # ok: insecure-cookie-flags
    secure = True

    @classmethod
    def kwargs(cls):
        return {"samesite": cls.samesite, "httponly": cls.httponly, "secure": cls.secure}

    @classmethod
    def describe(cls, overridden):
        # ok: insecure-cookie-flags
        secure = False
        if overridden:
            secure = cls.secure
        return f"{cls.name}: secure={secure}"


def start_booking(sid):
    resp = make_response("ok")
    resp.set_cookie(BookingCookieSettings.name, sid, **BookingCookieSettings.kwargs())
    return resp


_COOKIE_BASE = {"path": "/", "samesite": "Lax"}


def issue_kiosk_cookie(response, session_id):
    options = {**_COOKIE_BASE, "secure": False, "httponly": True}
    # ruleid: insecure-cookie-flags
    response.set_cookie("kiosk_sid", session_id, **options)
    # ok: insecure-cookie-flags
    hardened = {**_COOKIE_BASE, "secure": True, "httponly": True}
    response.set_cookie("kiosk_sid", session_id, **hardened)
    return response


_KIOSK_COOKIE_DEFAULTS = {"path": "/", "samesite": "Lax", "secure": True, "httponly": True}


class KioskCookiePolicy:
    name = "kiosk_sid"

    def __init__(self, **overrides):
        self.options = {**_KIOSK_COOKIE_DEFAULTS, **overrides}

    def attach(self, response, session_id):
        response.set_cookie(self.name, session_id, **self.options)
        return response


# ruleid: insecure-cookie-flags
lax_policy = KioskCookiePolicy(secure=False, domain="kiosk.example")
# ok: insecure-cookie-flags
strict_policy = KioskCookiePolicy(samesite="Strict")


class MemberSessionSettings:
    cookie_name = "member_sid"
    cookie_options = {"max_age": 3600, "path": "/", "samesite": "lax"}


class HardenedSessionSettings:
    cookie_name = "member_sid"
    hardened_options = {"max_age": 3600, "path": "/", "samesite": "lax", "secure": True, "httponly": True}


class MemberSessions:
    def __init__(self, settings=None, hardened=None):
        self.settings = settings or MemberSessionSettings()
        self.hardened = hardened or HardenedSessionSettings()

    def attach(self, response, sid):
        # ruleid: insecure-cookie-flags
        response.set_cookie(self.settings.cookie_name, sid, **self.settings.cookie_options)

    def attach_hardened(self, response, sid):
        # ok: insecure-cookie-flags
        response.set_cookie(self.hardened.cookie_name, sid, **self.hardened.hardened_options)


class CheckoutCookiePolicy:
    name = "cake_checkout"

    @classmethod
    def options(cls):
        return {"max_age": 7200, "path": "/", "samesite": "Lax"}


class SessionCookiePolicy:
    base = {"path": "/", "samesite": "Lax"}
    hardened = {"path": "/", "samesite": "Lax", "secure": True, "httponly": True}

    @classmethod
    def for_session(cls, remember):
        extra = {"max_age": 1209600} if remember else {}
        return {**cls.base, **extra}

    @classmethod
    def for_hardened_session(cls, remember):
        extra = {"max_age": 1209600} if remember else {}
        return {**cls.hardened, **extra}


def start_checkout(checkout_id, remember):
    resp = make_response("ok")
    # ruleid: insecure-cookie-flags
    resp.set_cookie(CheckoutCookiePolicy.name, checkout_id, **CheckoutCookiePolicy.options())
    # ruleid: insecure-cookie-flags
    resp.set_cookie("pf_session", checkout_id, **SessionCookiePolicy.for_session(remember))
    # ok: insecure-cookie-flags
    resp.set_cookie("pf_session", checkout_id, **SessionCookiePolicy.for_hardened_session(remember))
    return resp


PORTAL_COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "Lax", "path": "/"}


class PortalSessionIssuer:
    cookie_name = "sc_portal_session"
    prefs_cookie = "sc_portal_prefs"
    tracking_cookie = "sc_portal_visit"

    def _cookie_kwargs(self):
        return {**PORTAL_COOKIE_FLAGS, "max_age": 36000}

    def start(self, response, session_id, theme, visit):
        # ok: insecure-cookie-flags
        response.set_cookie(self.cookie_name, session_id, **self._cookie_kwargs())
        # ok: insecure-cookie-flags
        response.set_cookie(self.prefs_cookie, theme, secure=True, samesite="Lax")
        # ruleid: insecure-cookie-flags
        response.set_cookie(self.tracking_cookie, visit, secure=True, samesite="Lax")
        return response


class KioskSessionCookie:
    label = "kiosk_sid"

    @classmethod
    def attributes(cls):
        return dict(
            max_age=28800,
            path="/kiosk",
            # ruleid: insecure-cookie-flags
            secure=False,
            httponly=True,
        )

    @classmethod
    def hardened_attributes(cls):
        # ok: insecure-cookie-flags
        return dict(max_age=28800, path="/kiosk", secure=True, httponly=True)

    @staticmethod
    def locale_attributes():
        # ok: insecure-cookie-flags
        ui_locale_cookie = dict(max_age=86400, path="/", httponly=False, secure=True)
        return ui_locale_cookie


def open_kiosk(response, sid):
    response.set_cookie(KioskSessionCookie.label, sid, **KioskSessionCookie.attributes())
    return response


VIEW_PREF_COOKIE = "pattern_view"
PORTAL_SESSION_COOKIE = "portal_session"


def remember_view_mode(response, mode):
    # ok: insecure-cookie-flags
    response.set_cookie(VIEW_PREF_COOKIE, mode, max_age=31536000, secure=True, samesite="Lax")


def start_portal_session(response, session_id):
    # ruleid: insecure-cookie-flags
    response.set_cookie(PORTAL_SESSION_COOKIE, session_id, secure=True, samesite="Lax")


@dataclasses.dataclass(frozen=True)
class PortalSettings:
    cookie_name: str = "proof_sid"
    cookie_secure: bool = False
    cookie_httponly: bool = True


portal = PortalSettings()


@dataclasses.dataclass(frozen=True)
class KioskSettings:
    cookie_name: str = "kiosk_sid"
    cookie_secure: bool = False
    cookie_httponly: bool = True


kiosk = KioskSettings(cookie_secure=True)


def portal_login(sid):
    resp = make_response({"ok": True})
    # ruleid: insecure-cookie-flags
    resp.set_cookie(portal.cookie_name, sid, secure=portal.cookie_secure, httponly=portal.cookie_httponly, samesite="Lax")
    return resp


def kiosk_login(sid):
    resp = make_response({"ok": True})
    # ok: insecure-cookie-flags
    resp.set_cookie(kiosk.cookie_name, sid, secure=kiosk.cookie_secure, httponly=kiosk.cookie_httponly, samesite="Lax")
    return resp


def set_units(units):
    resp = make_response({"units": units})
    # ok: insecure-cookie-flags
    resp.set_cookie("bh_units", units, max_age=365 * 24 * 3600, samesite="Lax", secure=True)
    return resp


def set_community_session(sid):
    resp = make_response({"ok": True})
    # ruleid: insecure-cookie-flags
    resp.set_cookie("community_sid", sid, samesite="Lax", secure=True)
    return resp


class CommunityPortal:
    community_cookie = "cp_session"
    units_cookie = "cp_units"

    def login(self, sid):
        resp = make_response({"ok": True})
        # ruleid: insecure-cookie-flags
        resp.set_cookie(self.community_cookie, sid, samesite="Lax", secure=True)
        return resp

    def set_units(self, units):
        resp = make_response({"units": units})
        # ok: insecure-cookie-flags
        resp.set_cookie(self.units_cookie, units, samesite="Lax", secure=True)
        return resp
