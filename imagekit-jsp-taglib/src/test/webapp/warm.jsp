<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html><body>
<%-- 100 different thumbnails: 20 photos in 5 sizes --%>
<c:forEach items="40,50,60,70,80" var="w">
<c:forEach begin="0" end="19" var="p">
<ik:thumbnail geometry="${w}x30" source="photos/p${p}.png" alt="photo ${w}-${p}"/>
</c:forEach>
</c:forEach>
</body></html>
