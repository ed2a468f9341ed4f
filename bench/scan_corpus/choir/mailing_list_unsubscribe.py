"""One-click unsubscribe links for concert newsletters and appeal mailings."""
import base64
import hashlib
import hmac
import os

from flask import Blueprint, abort, render_template, request

bp = Blueprint("unsubscribe", __name__)

LISTS = {"concerts": "Concert news", "appeals": "Fundraising appeals", "alumni": "Alumni network"}


def _key() -> bytes:
    return os.environ["UNSUBSCRIBE_SIGNING_KEY"].encode()


def _sign(supporter_id: int, list_code: str) -> str:
    mac = hmac.new(_key(), f"{supporter_id}:{list_code}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac[:20]).decode().rstrip("=")


def unsubscribe_url(supporter_id: int, list_code: str) -> str:
    sig = _sign(supporter_id, list_code)
    return f"https://nationalyouthchoir.org.uk/unsubscribe/{supporter_id}/{list_code}?sig={sig}"


def link_is_valid(supporter_id: int, list_code: str, sig: str) -> bool:
    return hmac.compare_digest(_sign(supporter_id, list_code), sig or "")


@bp.route("/unsubscribe/<int:supporter_id>/<list_code>", methods=["GET", "POST"])
def unsubscribe(supporter_id: int, list_code: str):
    if list_code not in LISTS:
        abort(404)
    if not link_is_valid(supporter_id, list_code, request.args.get("sig", "")):
        abort(403)
    if request.method == "GET":
        return render_template("unsubscribe_confirm.html", list_name=LISTS[list_code])

    from crm.supporters import remove_from_list

    removed = remove_from_list(supporter_id, list_code)
    if request.form.get("scope") == "all":
        for other in LISTS:
            if other != list_code:
                remove_from_list(supporter_id, other)
    return render_template("unsubscribe_done.html", list_name=LISTS[list_code], removed=removed)
