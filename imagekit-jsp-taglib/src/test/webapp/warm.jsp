<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html><body>
<%-- 100 different thumbnails: 20 photos in 5 sizes --%>
<c:forEach begin="0" end="99" var="i">
<ik:thumbnail geometry="${40 + i % 5 * 10}x30" source="photos/p${i % 20}.png" alt="photo ${i}"/>
</c:forEach>
</body></html>
