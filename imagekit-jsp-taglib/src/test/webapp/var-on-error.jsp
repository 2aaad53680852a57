<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html><body>
<c:if test="${empty param.spec}"><ik:thumbnail geometry="${param.geometry}" source="${param.src}" var="th"/></c:if>
<c:if test="${not empty param.spec}"><ik:generateimage spec="${param.spec}" source="${param.src}" var="th"/></c:if>
<c:if test="${not empty th}"><img id="own" src="${th.url}" width="${th.width}" height="${th.height}" data-ready="${th.ready}" alt=""></c:if>
<p id="after">the rest of the page</p>
</body></html>
