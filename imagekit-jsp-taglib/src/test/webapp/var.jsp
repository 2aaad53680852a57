<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<!DOCTYPE html>
<html><body>
<ik:thumbnail geometry="120x80" source="${param.src}" var="th"/>
<ik:generateimage spec="tests:avatar" source="${param.src}" var="av" scope="request"/>
<a id="thumb" href="${th.url}" data-width="${th.width}" data-height="${th.height}"
   data-ready="${th.ready}">thumbnail</a>
<a id="avatar" href="${requestScope.av.url}" data-width="${requestScope.av.width}">avatar</a>
</body></html>
