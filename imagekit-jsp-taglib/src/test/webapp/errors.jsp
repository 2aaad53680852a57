<%@ page contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="ik" uri="https://jimagekit.github.io/tags" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html><body>
<c:catch var="failure">
    <c:choose>
        <c:when test="${param.form == 'thumbnail'}">
            <ik:thumbnail geometry="${param.geometry}" source="${param.src}"
                          anchor="${param.anchor}" crop="${param.crop}"/>
        </c:when>
        <c:when test="${param.form == 'scope'}">
            <ik:thumbnail geometry="10x10" source="${param.src}" var="th" scope="galaxy"/>
        </c:when>
        <c:when test="${param.form == 'loose-param'}">
            <ik:param name="width" value="10"/>
        </c:when>
        <c:when test="${param.form == 'source-param'}">
            <ik:generateimage spec="tests:banner" source="${param.src}">
                <ik:param name="source" value="photos/other.png"/>
            </ik:generateimage>
        </c:when>
        <c:when test="${param.form == 'source-params'}">
            <ik:generateimage spec="tests:banner" source="${param.src}"
                              params="${{'width': 10, 'source': 'photos/other.png'}}"/>
        </c:when>
        <c:otherwise>
            <ik:generateimage spec="${param.spec}" source="${param.src}"/>
        </c:otherwise>
    </c:choose>
</c:catch>
<p id="type"><c:out value="${failure['class'].name}"/></p>
<p id="message"><c:out value="${failure.message}"/></p>
</body></html>
