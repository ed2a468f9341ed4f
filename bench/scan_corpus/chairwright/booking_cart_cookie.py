"""Remember which class dates a visitor is booking while they fill in the student details."""
import json
from datetime import timedelta

from django.core import signing
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from courses.models import CourseDate

CART_COOKIE = "cw_booking_cart"
CART_SALT = "courses.booking-cart"
CART_MAX_AGE = timedelta(hours=6)


def read_cart(request: HttpRequest) -> list[int]:
    try:
        raw = request.get_signed_cookie(CART_COOKIE, salt=CART_SALT, max_age=CART_MAX_AGE)
    except (KeyError, signing.BadSignature):
        return []
    return [int(x) for x in json.loads(raw)]


def write_cart(response: HttpResponse, date_ids: list[int]) -> None:
    response.set_signed_cookie(
        CART_COOKIE,
        json.dumps(sorted(set(date_ids))),
        salt=CART_SALT,
        max_age=int(CART_MAX_AGE.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
    )


@require_POST
def add_course_date(request: HttpRequest, date_id: int) -> JsonResponse:
    course_date = CourseDate.objects.filter(pk=date_id, places_left__gt=0).first()
    if course_date is None:
        return JsonResponse({"error": "That date is full."}, status=409)
    cart = read_cart(request)
    if len(cart) >= 4:
        return JsonResponse({"error": "You can hold up to four dates at once."}, status=400)
    cart.append(course_date.pk)
    response = JsonResponse({"dates": cart})
    write_cart(response, cart)
    return response


@require_POST
def remove_course_date(request: HttpRequest, date_id: int) -> JsonResponse:
    cart = [d for d in read_cart(request) if d != date_id]
    response = JsonResponse({"dates": cart})
    write_cart(response, cart)
    return response
