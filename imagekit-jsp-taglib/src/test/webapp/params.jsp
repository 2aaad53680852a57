<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<!DOCTYPE html>
<html><body>
<ik:generateimage spec="tests:banner" source="${param.src}" id="nested">
    <ik:param name="width" value="${param.width}"/>
</ik:generateimage>
<ik:generateimage spec="tests:banner" source="${param.src}" params="${{'width': 30}}"
                  id="map"/>
<ik:generateimage spec="tests:banner" source="${param.src}" params="${{'width': 30}}"
                  id="override">
    <ik:param name="width" value="20"/>
</ik:generateimage>
</body></html>
