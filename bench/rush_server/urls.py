"""The product's URLs plus a bare view that inserts one row: the floor a request can reach."""

import datetime

from django.contrib.sessions.models import Session
from django.http import HttpResponse
from django.urls import path
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from plenaria.config.urls import urlpatterns as product_urlpatterns


@csrf_exempt
def insert_one_row(request):
    Session.objects.create(
        session_key=f"bench{request.POST.get('n', '0'):0>32}"[-40:],
        session_data="x",
        expire_date=timezone.now() + datetime.timedelta(days=1),
    )
    return HttpResponse("ok")


urlpatterns = [path("bench/insert/", insert_one_row), *product_urlpatterns]
