<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<!DOCTYPE html>
<html><body>
<ik:thumbnail geometry="${param.geometry}" source="${param.src}" anchor="${param.anchor}"
              crop="${param.crop}" upscale="${param.upscale}" spec="${param.spec}"
              alt="${param.alt}" width="${param.width}" class="thumb" data-kind="photo"/>
</body></html>
