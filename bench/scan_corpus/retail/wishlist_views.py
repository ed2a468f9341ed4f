"""Guest wishlist views; the wishlist id lives in a signed cookie until the shopper signs in."""
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from wishlists.models import Wishlist

WISHLIST_COOKIE = "wl"
WISHLIST_MAX_AGE = 60 * 60 * 24 * 90


def _current_wishlist(request) -> Wishlist | None:
    if request.user.is_authenticated:
        return Wishlist.objects.filter(owner=request.user).first()
    public_id = request.get_signed_cookie(WISHLIST_COOKIE, default=None, salt="wishlist")
    if public_id is None:
        return None
    return Wishlist.objects.filter(public_id=public_id, owner__isnull=True).first()


@require_POST
def add_to_wishlist(request, sku: str):
    wishlist = _current_wishlist(request)
    if wishlist is None:
        owner = request.user if request.user.is_authenticated else None
        wishlist = Wishlist.objects.create(owner=owner)
    wishlist.items.get_or_create(sku=sku)

    response = JsonResponse({"items": wishlist.items.count()})
    if not request.user.is_authenticated:
        response.set_signed_cookie(
            WISHLIST_COOKIE,
            str(wishlist.public_id),
            salt="wishlist",
            max_age=WISHLIST_MAX_AGE,
            secure=True,
            httponly=True,
            samesite="Lax",
        )
    return response
