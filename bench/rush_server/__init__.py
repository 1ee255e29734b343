"""The server of the registration rush: the product's settings and URLs plus a bare page."""
