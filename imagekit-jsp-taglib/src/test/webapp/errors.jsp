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
        <c:when test="${param.form == 'var'}">
            <ik:generateimage spec="${param.spec}" source="${param.src}" var="th"/>
        </c:when>
        <c:when test="${param.form == 'var-attribute'}">
            <ik:thumbnail geometry="10x10" source="${param.src}" var="th" alt="Hello"/>
        </c:when>
        <c:when test="${param.form == 'var-attributes'}">
            <ik:generateimage spec="tests:avatar" source="${param.src}" var="av"
                              alt="${param.alt}" class="avatar"/>
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
<p id="cause"><c:out value="${failure.cause['class'].name}"/></p>
<p id="cause-message"><c:out value="${failure.cause.message}"/></p>
<p id="cause-cause"><c:out value="${failure.cause.cause['class'].name}"/></p>
<p id="suppressed"><c:out value="${failure.cause.suppressed[0]['class'].name}"/></p>
</body></html>
